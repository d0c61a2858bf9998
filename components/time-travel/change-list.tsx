// What changed in a period, newest first: for each change, when, what (created / changed /
// removed), who, through which decision (or « direct edit »), and its fields before and after.
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";
import type { ChangeItem } from "@/lib/time-travel/changes";
import { TIME_ZONE } from "@/lib/time-travel/dates";
import { INSTANT_FIELDS, type FieldChange } from "@/lib/time-travel/diff";

export async function ChangeList({ slug, items }: { slug: string; items: ChangeItem[] }) {
  const [t, format] = await Promise.all([getTranslations("timeTravel"), getFormatter()]);
  const value = (field: FieldChange["field"], text: string | null) => {
    if (text === null) return <span className="text-slate-600">{t("between.empty")}</span>;
    if (INSTANT_FIELDS.has(field) && !Number.isNaN(Date.parse(text))) return format.dateTime(new Date(text), { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE });
    return text;
  };
  const cell = "border-b border-slate-200 px-2 py-1 align-top";
  return (
    <ol className="flex flex-col gap-4">
      {items.map((item) => (
        <li key={item.id} className="rounded-md border border-slate-200 p-3">
          <p className="flex flex-wrap items-baseline gap-x-2">
            <time dateTime={item.occurredAt.toISOString()} className="text-sm text-slate-700">
              {format.dateTime(item.occurredAt, { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE })}
            </time>
            <span className="font-semibold">
              {t(`change.${item.change}`)} · {t(`entity.${item.entity}`)}
              {item.label ? ` « ${item.label} »` : ""}
            </span>
          </p>
          <p className="text-sm text-slate-700">
            {t("between.by", { name: item.actorName ?? t("between.unknownActor") })}
            {" · "}
            {item.decisionId ? (
              <Link href={`/o/${encodeURIComponent(slug)}/decisions/${item.decisionId}`} className={textLink}>
                {t("between.decision")}
              </Link>
            ) : (
              t("between.directEdit")
            )}
          </p>
          {item.fields.length > 0 && (
            <table className="mt-2 w-full border-collapse text-left text-sm">
              <thead>
                <tr>
                  <th scope="col" className="px-2 py-1">{t("between.field")}</th>
                  <th scope="col" className="px-2 py-1">{t("between.before")}</th>
                  <th scope="col" className="px-2 py-1">{t("between.after")}</th>
                </tr>
              </thead>
              <tbody>
                {item.fields.map((field) => (
                  <tr key={field.field}>
                    <th scope="row" className={`${cell} font-medium`}>{t(`fields.${field.field}`)}</th>
                    <td className={`${cell} whitespace-pre-line`}>{value(field.field, field.before)}</td>
                    <td className={`${cell} whitespace-pre-line`}>{value(field.field, field.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </li>
      ))}
    </ol>
  );
}
