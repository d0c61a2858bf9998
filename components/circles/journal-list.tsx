// A circle's journal: each event as a sentence in the reader's language, who did it, when, and
// whether it came from a decision (linked) or was a direct edit.
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";
import type { JournalEntry } from "@/lib/circles/journal";

/** Event kinds are data (e.g. "record.role.created"): looked up by a key built at run time. */
type LooseTranslate = { (key: string, values: Record<string, string>): string; has(key: string): boolean };

export async function JournalList({ slug, entries }: { slug: string; entries: JournalEntry[] }) {
  const [t, format] = await Promise.all([getTranslations("circles"), getFormatter()]);
  if (entries.length === 0) return <p className="text-slate-700">{t("page.noJournal")}</p>;
  const base = `/o/${encodeURIComponent(slug)}/decisions`;
  return (
    <ol className="flex flex-col gap-2">
      {entries.map((entry) => {
        const values = { actor: entry.actorName ?? t("journal.someone"), ...entry.values };
        const loose = t as unknown as LooseTranslate;
        const key = `journal.events.${entry.kind}`;
        // Kinds without a sentence (those later issues add) still read as something happened.
        const sentence = loose.has(key) ? loose(key, values) : loose("journal.other", values);
        const how = entry.decisionId ? (
          <Link href={`${base}/${entry.decisionId}`} className={textLink}>
            {t("journal.viaDecision")}
          </Link>
        ) : entry.isDirectEdit ? (
          t("journal.directEdit")
        ) : null;
        return (
          <li key={entry.id} className="border-b border-slate-200 pb-2">
            <p>{sentence}</p>
            <p className="text-sm text-slate-700">
              <time dateTime={entry.occurredAt.toISOString()}>{format.dateTime(entry.occurredAt, { dateStyle: "medium", timeStyle: "short" })}</time>
              {how && <> · {how}</>}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
