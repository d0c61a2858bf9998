// A role's history: each change as a sentence, the fields it changed (before → after), when, by
// whom, and through which decision (linked) or marked as a direct edit.
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";
import type { RoleHistoryEntry } from "@/lib/roles/history";

/** Sentences are looked up from the change's entity and action, which are data. */
type LooseTranslate = (key: string, values?: Record<string, string>) => string;

export async function RoleHistory({ slug, entries }: { slug: string; entries: RoleHistoryEntry[] }) {
  const [t, format] = await Promise.all([getTranslations("roles.history"), getFormatter()]);
  if (entries.length === 0) return <p className="text-slate-700">{(await getTranslations("roles.page"))("noHistory")}</p>;
  const loose = t as unknown as LooseTranslate;
  const decisions = `/o/${encodeURIComponent(slug)}/decisions`;
  return (
    <ol className="flex flex-col gap-2">
      {entries.map((entry) => {
        const values = { actor: entry.actorName ?? t("someone"), label: entry.label, member: entry.member ?? t("someone") };
        return (
          <li key={entry.id} className="border-b border-slate-200 pb-2">
            <p>{entry.key === "other" ? t("other", values) : loose(`sentences.${entry.key}`, values)}</p>
            {entry.fields.length > 0 && (
              <dl className="ms-4 text-sm">
                {entry.fields.map((change) => (
                  <div key={change.field} className="flex flex-wrap gap-x-2">
                    <dt className="font-medium">{loose(`fields.${change.field}`)}</dt>
                    <dd className="text-slate-700">
                      <span className="sr-only">{t("before")} </span>
                      <del>{change.before ?? t("empty")}</del> → <span className="sr-only">{t("after")} </span>
                      <ins className="no-underline">{change.after ?? t("empty")}</ins>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
            <p className="text-sm text-slate-700">
              <time dateTime={entry.occurredAt.toISOString()}>{format.dateTime(entry.occurredAt, { dateStyle: "medium", timeStyle: "short" })}</time>
              {" · "}
              {entry.decisionId ? (
                <Link href={`${decisions}/${entry.decisionId}`} className={textLink}>
                  {t("viaDecision")}
                </Link>
              ) : (
                t("directEdit")
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
