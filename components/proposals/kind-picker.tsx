// Choosing the kind of change to add: a GET form that reloads the editor with that kind's form
// (no client JavaScript needed). Kinds are grouped by what they change.
import { getTranslations } from "@/lib/i18n/server";
import { inputClass, secondaryButtonClass } from "@/components/organizations/form-status";
import { CHANGE_KINDS } from "@/lib/record/changes";

const GROUPS = ["circle", "role", "accountability", "domain", "policy", "assignment"] as const;

export async function KindPicker({ action, kind }: { action: string; kind: string | null }) {
  const t = await getTranslations("proposals");
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="change-kind" className="text-sm font-medium">{t("edit.kind")}</label>
        <select id="change-kind" name="kind" defaultValue={kind ?? ""} className={inputClass}>
          <option value="">{t("edit.choose")}</option>
          {GROUPS.map((group) => (
            <optgroup key={group} label={t(`preview.entities.${group}`)}>
              {CHANGE_KINDS.filter((value) => value.startsWith(`${group}.`)).map((value) => (
                <option key={value} value={value}>{t(`kinds.${value}` as never)}</option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button type="submit" className={secondaryButtonClass}>{t("edit.showForm")}</button>
    </form>
  );
}
