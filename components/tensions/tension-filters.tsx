// The filters of the tension list: a GET form, so it works without JavaScript and every filtered
// list has an address that can be shared or bookmarked. Changing filters goes back to page 1.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { CircleFilterSelect } from "@/components/circles/circle-filter-select";
import { inputClass } from "@/components/organizations/form-status";
import { secondaryButton, textLink } from "@/components/ui/styles";
import { TENSION_KINDS, TENSION_STATUSES, type TensionFilters } from "@/lib/tensions/filters";

type Props = { action: string; filters: TensionFilters; circles: { id: string; parentId: string | null; name: string; depth: number }[] };

export async function TensionFilterForm({ action, filters, circles }: Props) {
  const t = await getTranslations("tensions");
  const label = "text-sm font-medium text-slate-900";
  return (
    <form method="get" action={action} role="search" aria-label={t("filters.label")} className="flex flex-wrap items-end gap-4 rounded-md border border-slate-200 p-4">
      <div className="flex items-center gap-2 self-center">
        <input id="filter-mine" type="checkbox" name="mine" value="1" defaultChecked={filters.mine} className="size-4" />
        <label htmlFor="filter-mine" className={label}>
          {t("filters.mine")}
        </label>
      </div>
      <CircleFilterSelect id="filter-circle" label={t("filters.circle")} allLabel={t("filters.any")} circles={circles} selectedId={filters.circleId}
        labelClassName={label} selectClassName={inputClass} />
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-status" className={label}>
          {t("filters.status")}
        </label>
        <select id="filter-status" name="status" defaultValue={filters.status ?? ""} className={inputClass}>
          <option value="">{t("filters.any")}</option>
          {TENSION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-kind" className={label}>
          {t("filters.kind")}
        </label>
        <select id="filter-kind" name="kind" defaultValue={filters.kind ?? ""} className={inputClass}>
          <option value="">{t("filters.any")}</option>
          {TENSION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={`${secondaryButton} text-sm`}>
        {t("filters.submit")}
      </button>
      <Link href={action} className={`${textLink} self-center text-sm`}>
        {t("filters.reset")}
      </Link>
    </form>
  );
}
