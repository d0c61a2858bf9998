// Narrowing the people form's member lists in a large organisation (lib/meetings/data.ts
// `peopleOptions`): a GET form, so it works without JavaScript and the URL says what is shown.
// Shown only when the lists are partial or already narrowed.
import { getTranslations } from "@/lib/i18n/server";
import { secondaryButton } from "@/components/ui/styles";
import { inputClass } from "@/components/organizations/form-status";

export async function MemberSearch({ search, shown, total }: { search: string; shown: number; total: number }) {
  if (!search && shown >= total) return null;
  const t = await getTranslations("meetings.edit.people");
  return (
    <div className="flex max-w-2xl flex-col gap-2">
      <form method="get" role="search" aria-label={t("filter")} className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="member-search" className="text-sm font-medium text-slate-900">{t("filter")}</label>
          <input id="member-search" name="member" type="search" defaultValue={search} className={inputClass} />
        </div>
        <button type="submit" className={secondaryButton}>{t("filterSubmit")}</button>
      </form>
      {shown < total && <p className="text-sm text-slate-700">{t("partial", { shown, total })}</p>}
    </div>
  );
}
