// One change of a change set, in words: what it does (its kind), then each field it sets, ids shown
// by the names they point to.
import { getTranslations } from "@/lib/i18n/server";
import type { ChangeInput } from "@/lib/record/changes";
import type { Labels } from "@/lib/proposals/labels";
import { displayValue, HIDDEN_CHANGE_FIELDS } from "@/lib/proposals/change-display";


export async function ChangeSummary({ change, labels }: { change: ChangeInput; labels: Labels }) {
  const t = await getTranslations("proposals");
  const entries = Object.entries(change).filter(([key, value]) => !HIDDEN_CHANGE_FIELDS.has(key) && value !== undefined);
  return (
    <div className="flex flex-col gap-1">
      <p className="font-semibold">{t(`kinds.${change.kind}` as never)}</p>
      {entries.length > 0 && (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-3 text-sm">
          {entries.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="text-slate-700">{t(`fields.${key}` as never)}</dt>
              <dd className="whitespace-pre-wrap break-words">{displayValue(value, labels)}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
