// One proposal in the minutes: its outcome, the decision with the adopted change set (shown as the
// proposal and decision pages show it), the rounds held in the meeting with each circle's answers
// (a transversal proposal needs every affected circle's consent), and the objections raised there:
// their verdict and how they were integrated.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { ChangeSummary } from "@/components/proposals/change-summary";
import { textLink } from "@/components/ui/styles";
import type { Labels } from "@/lib/proposals/labels";
import type { MinutesProposal } from "@/lib/meetings/minutes-proposals";

type Props = { proposal: MinutesProposal; names: Map<string, string>; labels: Labels; base: string; index: number };

export async function MinutesProposalView({ proposal: p, names, labels, base, index }: Props) {
  const t = await getTranslations("minutes.proposal");
  const id = `minutes-proposal-${index}`;
  const name = (userId: string | null) => (userId ? (names.get(userId) ?? "—") : "—");
  return (
    <article aria-labelledby={id} className="flex flex-col gap-3 border-t border-slate-200 pt-3 print:break-inside-avoid">
      <h3 id={id} className="text-lg font-semibold">{t("heading", { title: p.title, status: t("status", { status: p.status }) })}</h3>
      <p className="text-sm print:hidden"><Link href={`${base}/proposals/${p.proposalId}`} className={textLink}>{t("link")}</Link></p>
      {p.decision && (
        <div className="flex flex-col gap-2">
          <p>
            {t("decision", { version: p.decision.versionNumber, title: p.decision.title })}{" "}
            <Link href={`${base}/decisions/${p.decision.id}`} className={`${textLink} print:no-underline`}>{t("decisionLink")}</Link>
          </p>
          {!p.decision.inThisMeeting && <p className="text-sm text-slate-700">{t("decidedElsewhere")}</p>}
          <h4 className="font-semibold">{t("changes")}</h4>
          {p.decision.changes.length === 0 ? <p className="text-sm text-slate-700">{t("noChanges")}</p> : (
            <ol className="flex list-decimal flex-col gap-2 pl-6">
              {p.decision.changes.map((change, i) => <li key={i}><ChangeSummary change={change} labels={labels} /></li>)}
            </ol>
          )}
        </div>
      )}
      {p.rounds.length > 0 && (
        <div className="flex flex-col gap-1">
          <h4 className="font-semibold">{t("rounds")}</h4>
          <ul className="flex list-disc flex-col gap-1 pl-6">
            {p.rounds.map((r) => (
              <li key={r.number}>
                {t("round", { number: r.number, version: r.version, result: r.result ?? r.status })}
                <ul className="list-[circle] pl-6 text-sm">
                  {r.circles.map((c) => (
                    <li key={c.circleId}>{t("circleOutcome", { circle: c.circleName, consent: c.consent, objection: c.objection, abstention: c.abstention, missing: c.missing })}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}
      {p.objections.length > 0 && (
        <div className="flex flex-col gap-1">
          <h4 className="font-semibold">{t("objections")}</h4>
          <ul className="flex flex-col gap-2">
            {p.objections.map((o) => (
              <li key={o.id} className="rounded border border-slate-300 p-2">
                <p className="whitespace-pre-wrap break-words">{t("objection", { name: name(o.objectorId), round: o.round, reason: o.reason })}</p>
                <p className="text-sm">
                  {t("verdict", { verdict: o.verdict })}
                  {o.testedById && <> · {t("testedBy", { name: name(o.testedById) })}</>}
                </p>
                {o.note && <p className="whitespace-pre-wrap break-words text-sm">{t("note", { note: o.note })}</p>}
                <p className="text-sm">
                  {o.integrationVersion === null ? t("notIntegrated") : (
                    <>
                      {t("integrated", { version: o.integrationVersion })} · {t("objectorConfirmed", { confirmed: o.objectorConfirmed ? "yes" : "no" })} ·{" "}
                      {t("proposerConfirmed", { confirmed: o.proposerConfirmed ? "yes" : "no" })}
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
