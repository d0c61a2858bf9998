// The minutes of a closed meeting, section by section (the Markdown export has the same ones):
// details, participants with attendance, items processed, tensions, proposals and decisions,
// elections, next steps, and the secretary's notes rendered as safe Markdown (no raw HTML, no
// images: the policies' renderer). Printable as it is: links read as text on paper.
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { PolicyBody } from "@/components/circles/policy-body";
import { textLink } from "@/components/ui/styles";
import type { Labels } from "@/lib/proposals/labels";
import type { Minutes, MinutesItem } from "@/lib/meetings/minutes";
import { MinutesProposalView } from "./minutes-proposal";

function Section({ id, title, empty, children }: { id: string; title: string; empty: string | null; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`minutes-${id}`} className="flex flex-col gap-2">
      <h2 id={`minutes-${id}`} className="text-xl font-semibold">{title}</h2>
      {empty ? <p className="text-sm text-slate-700">{empty}</p> : children}
    </section>
  );
}

export async function MinutesView({ minutes: m, labels, base }: { minutes: Minutes; labels: Labels; base: string }) {
  const [t, format] = await Promise.all([getTranslations("minutes"), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  const time = (d: Date) => format.dateTime(d, { timeStyle: "short" });
  const name = (id: string | null) => (id ? (m.names.get(id) ?? "—") : t("details.nobody"));
  const kind = (i: MinutesItem) => t(`kinds.${i.kind}`);
  const items = (list: MinutesItem[]) => (
    <ul className="flex list-disc flex-col gap-1 pl-6">
      {list.map((i) => (
        <li key={i.id}>
          {i.kind === "tension" && i.tensionId
            ? <Link href={`${base}/tensions/${i.tensionId}`} className={`${textLink} print:no-underline`}>{t("item", { title: i.title, kind: kind(i) })}</Link>
            : t("item", { title: i.title, kind: kind(i) })}
        </li>
      ))}
    </ul>
  );
  const empty = (key: string, length: number) => (length === 0 ? t(`empty.${key}` as never) : null);
  return (
    <>
      <dl aria-label={t("details.label")} className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("details.date")}</dt><dd>{t("details.when", { date: when(m.startsAt), minutes: m.durationMinutes })}</dd>
        {m.startedAt && m.endedAt && <><dt className="font-medium">{t("details.held")}</dt><dd>{t("details.heldFromTo", { start: time(m.startedAt), end: time(m.endedAt) })}</dd></>}
        {m.place && <><dt className="font-medium">{t("details.place")}</dt><dd className="break-words">{m.place}</dd></>}
        {m.videoUrl && <><dt className="font-medium">{t("details.video")}</dt><dd className="break-all">{m.videoUrl}</dd></>}
        <dt className="font-medium">{t("details.circles")}</dt><dd>{m.circles.map((c) => c.name).join(", ")}</dd>
        <dt className="font-medium">{t("details.facilitator")}</dt><dd>{name(m.facilitatorId)}</dd>
        <dt className="font-medium">{t("details.secretary")}</dt><dd>{name(m.secretaryId)}</dd>
      </dl>
      <Section id="participants" title={t("sections.participants")} empty={empty("participants", m.participants.length)}>
        <ul className="flex list-disc flex-col gap-1 pl-6">
          {m.participants.map((p) => <li key={p.userId}>{name(p.userId)} : {t(`attendance.${p.attendance}`)}</li>)}
        </ul>
      </Section>
      <Section id="processed" title={t("sections.processed")} empty={empty("processed", m.processed.length)}>{items(m.processed)}</Section>
      <Section id="tensions" title={t("sections.tensions")} empty={empty("tensions", m.tensions.length)}>{items(m.tensions)}</Section>
      <Section id="decisions" title={t("sections.decisions")} empty={empty("decisions", m.proposals.length)}>
        {m.proposals.map((p, index) => <MinutesProposalView key={p.proposalId} proposal={p} names={m.names} labels={labels} base={base} index={index} />)}
      </Section>
      <Section id="elections" title={t("sections.elections")} empty={empty("elections", m.elections.length)}>
        <ul className="flex list-disc flex-col gap-1 pl-6">
          {m.elections.map((e) => (
            <li key={e.itemId}>
              {t("election.role", { role: e.roleName ?? e.title })} — {e.nomineeId ? t("election.nominee", { name: name(e.nomineeId) }) : t("election.noNominee")}
              {e.termEndsOn && !Number.isNaN(Date.parse(e.termEndsOn)) && <> — {t("election.term", { date: format.dateTime(new Date(e.termEndsOn), { dateStyle: "long", timeZone: "UTC" }) })}</>}
              {" — "}<strong>{t("election.outcome", { outcome: e.outcome })}</strong>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="next-steps" title={t("sections.nextSteps")} empty={empty("nextSteps", m.nextSteps.length)}>
        <ul className="flex list-disc flex-col gap-2 pl-6">
          {m.nextSteps.map((i) => (
            <li key={i.id}>
              {t("nextStep", { title: i.title, kind: kind(i), status: t(`itemStatus.${i.status}`) })}
              {i.notes && <p className="whitespace-pre-wrap break-words text-sm text-slate-700">{i.notes}</p>}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="notes" title={t("sections.notes")} empty={m.notes.trim() ? null : t("empty.notes")}>
        <PolicyBody text={m.notes} />
      </Section>
    </>
  );
}
