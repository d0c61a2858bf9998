// A list of journal events: each a sentence in the reader's language, who and when (localised),
// a link to its subject, and whether it came from a decision or was a direct edit. Reusable by
// any page that has entries from lib/journal/data.ts (the organisation's journal, a circle page).
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";
import type { JournalEvent } from "@/lib/journal/data";

/** Keys are built from data (event kinds): the typed translator cannot know them in advance. */
type LooseTranslate = (key: string, values?: Record<string, string>) => string;

export async function EventList({ slug, events, emptyText }: { slug: string; events: readonly JournalEvent[]; emptyText: string }) {
  const [t, format] = await Promise.all([getTranslations("journal"), getFormatter()]);
  if (events.length === 0) return <p className="text-slate-700">{emptyText}</p>;
  const loose = t as unknown as LooseTranslate;
  const decisions = `/o/${encodeURIComponent(slug)}/decisions`;
  return (
    <ol className="flex flex-col gap-3">
      {events.map((event) => {
        const actor = event.actorName ?? (event.kind.startsWith("round.") ? t("app") : t("someone"));
        const permission = event.values.permission ? loose("permission", { value: event.values.permission }) : "";
        const sentence = loose(event.messageKey, { ...event.values, permission, actor });
        return (
          <li key={event.id} className="border-b border-slate-200 pb-3">
            <p className="text-slate-900">{sentence}</p>
            <p className="mt-1 flex flex-wrap gap-x-2 text-sm text-slate-700">
              <time dateTime={event.occurredAt.toISOString()}>
                {format.dateTime(event.occurredAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>
              {event.decisionId ? (
                <>
                  <span aria-hidden="true">·</span>
                  <Link href={`${decisions}/${event.decisionId}`} className={textLink}>
                    {t("viaDecision")}
                  </Link>
                </>
              ) : event.isDirectEdit ? (
                <>
                  <span aria-hidden="true">·</span>
                  <span>{t("directEdit")}</span>
                </>
              ) : null}
              {event.href && (
                <>
                  <span aria-hidden="true">·</span>
                  <Link href={event.href} className={textLink} aria-label={t("openLabel", { sentence })}>
                    {t("open")}
                  </Link>
                </>
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
