// The agenda: items in order with their kind and status; whoever may reorders them and, during
// the meeting, the facilitator takes one up; participants add items on a page of their own
// (agenda/new: its list of subjects grows with the organisation).
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { ButtonForm } from "@/components/rounds/button-form";
import { textLink } from "@/components/ui/styles";
import { moveItemAction, takeUpAction } from "@/lib/meetings/actions";
import type { MeetingPage } from "@/lib/meetings/data";

type Props = {
  slug: string;
  meeting: MeetingPage;
  mayReorder: boolean;
  mayAdd: boolean;
  facilitates: boolean;
};

export async function AgendaSection({ slug, meeting, mayReorder, mayAdd, facilitates }: Props) {
  const t = await getTranslations("meetings.agenda");
  const base = `/o/${encodeURIComponent(slug)}`;
  const items = meeting.agendaItems;
  const live = meeting.status === "in_progress";
  return (
    <section aria-labelledby="agenda-title" className="flex flex-col gap-3">
      <h2 id="agenda-title" className="text-xl font-semibold">{t("title")}</h2>
      {items.length === 0 ? <p>{t("empty")}</p> : (
        <ol className="flex flex-col gap-2" data-testid="agenda">
          {items.map((item, index) => (
            <li key={item.id} aria-current={item.id === meeting.currentAgendaItemId ? "true" : undefined}
              className={`flex flex-col gap-1 rounded border p-3 ${item.id === meeting.currentAgendaItemId ? "border-brand-700 bg-brand-50" : "border-slate-300"}`}>
              <p className="flex flex-wrap items-baseline gap-2">
                <span className="text-sm text-slate-700">{index + 1}. {t(`kinds.${item.kind}`)}</span>
                <span className="font-semibold">{item.title}</span>
                <span className="text-sm text-slate-700">({t(`itemStatus.${item.status}`)})</span>
                {item.tensionId && <Link href={`${base}/tensions/${item.tensionId}`} className={`${textLink} text-sm`}>{t("open")}<span className="sr-only"> : {item.title}</span></Link>}
                {item.proposalId && <Link href={`${base}/proposals/${item.proposalId}`} className={`${textLink} text-sm`}>{t("open")}<span className="sr-only"> : {item.title}</span></Link>}
              </p>
              {item.notes && <p className="whitespace-pre-wrap text-sm">{item.notes}</p>}
              <div className="flex flex-wrap gap-2">
                {mayReorder && index > 0 && <ButtonForm action={moveItemAction.bind(null, slug, meeting.id)} label={t("up", { title: item.title })} hidden={{ itemId: item.id, direction: "up" }} />}
                {mayReorder && index < items.length - 1 && <ButtonForm action={moveItemAction.bind(null, slug, meeting.id)} label={t("down", { title: item.title })} hidden={{ itemId: item.id, direction: "down" }} />}
                {facilitates && live && item.id !== meeting.currentAgendaItemId && item.status !== "done" && (
                  <ButtonForm action={takeUpAction.bind(null, slug, meeting.id)} label={t("takeUp", { title: item.title })} hidden={{ itemId: item.id }} />
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {mayAdd && (
        <Link href={`${base}/meetings/${meeting.id}/agenda/new`} className={`${textLink} self-start font-semibold`}>
          {t("add")}
        </Link>
      )}
    </section>
  );
}
