// The list's filters: a GET form (each filtered list has its URL; works without JavaScript).
import { getTranslations } from "@/lib/i18n/server";
import { inputClass, secondaryButtonClass } from "@/components/organizations/form-status";
import { PROPOSAL_STATUSES, type ListFilters } from "@/lib/proposals/schema";

export async function ProposalFilters({ basePath, filters, circles }: { basePath: string; filters: ListFilters; circles: { id: string; name: string }[] }) {
  const t = await getTranslations("proposals");
  return (
    <form method="get" action={basePath} aria-label={t("list.filters")} className="flex flex-wrap items-end gap-4">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="mine" value="1" defaultChecked={filters.mine === "1"} />
        {t("list.mine")}
      </label>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-circle" className="text-sm font-medium">{t("list.circle")}</label>
        <select id="filter-circle" name="circle" defaultValue={filters.circle ?? ""} className={inputClass}>
          <option value="">{t("list.all")}</option>
          {circles.map((circle) => <option key={circle.id} value={circle.id}>{circle.name}</option>)}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-status" className="text-sm font-medium">{t("list.status")}</label>
        <select id="filter-status" name="status" defaultValue={filters.status ?? ""} className={inputClass}>
          <option value="">{t("list.all")}</option>
          {PROPOSAL_STATUSES.map((status) => <option key={status} value={status}>{t(`statuses.${status}`)}</option>)}
        </select>
      </div>
      <button type="submit" className={secondaryButtonClass}>{t("list.apply")}</button>
    </form>
  );
}
