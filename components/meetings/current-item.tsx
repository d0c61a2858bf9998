// The item being processed: what it is, its proposal's consent process (the very same section as
// on the proposal's page, so the same code decides), and the facilitator's way on to the next one.
import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { getTranslations } from "@/lib/i18n/server";
import { ProposalProcess } from "@/components/proposals/process-slot";
import { ButtonForm } from "@/components/rounds/button-form";
import { textLink } from "@/components/ui/styles";
import { takeUpAction } from "@/lib/meetings/actions";
import type { MeetingPage } from "@/lib/meetings/data";

type Props = { slug: string; meeting: MeetingPage; facilitates: boolean; election?: ReactNode };

export async function CurrentItem({ slug, meeting, facilitates, election }: Props) {
  const t = await getTranslations("meetings");
  const item = meeting.currentItem;
  const base = `/o/${encodeURIComponent(slug)}`;
  const next = meeting.agendaItems.find((i) => i.status === "pending" && i.id !== item?.id);
  const takeUp = takeUpAction.bind(null, slug, meeting.id);
  return (
    <section aria-labelledby="current-title" className="flex flex-col gap-4">
      <h2 id="current-title" className="text-xl font-semibold">{t("current.title")}</h2>
      {!item ? <p>{next ? t("current.none") : t("current.noMore")}</p> : (
        <>
          <p className="flex flex-wrap items-baseline gap-2">
            <span className="text-sm text-slate-700">{t(`agenda.kinds.${item.kind}`)}</span>
            <span className="text-lg font-semibold" data-testid="current-item">{item.title}</span>
          </p>
          {item.notes && <p className="whitespace-pre-wrap text-sm">{item.notes}</p>}
          {item.tensionId && <p className="text-sm"><Link href={`${base}/tensions/${item.tensionId}`} className={textLink}>{t("current.tension")}</Link></p>}
          {item.kind === "election" && election}
          {item.proposalId ? <ProposalProcess slug={slug} proposalId={item.proposalId} /> : item.kind !== "election" && <p className="text-sm text-slate-700">{t("current.noProcess")}</p>}
        </>
      )}
      {facilitates && (
        <div className="flex flex-wrap gap-3 border-t border-slate-300 pt-3">
          {next && <ButtonForm action={takeUp} label={t("current.next", { title: next.title })} hidden={{ itemId: next.id }} />}
          {item && !next && <ButtonForm action={takeUp} label={t("current.finish")} hidden={{ itemId: "" }} />}
          {item && <ButtonForm action={takeUp} label={t("current.skip")} hidden={{ itemId: next?.id ?? "", leaveAs: "skipped" }} />}
        </div>
      )}
    </section>
  );
}
