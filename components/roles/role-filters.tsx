// The filters of the role list: a plain GET form, so it works without JavaScript and every
// filtered list has its own URL.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { CircleFilterSelect } from "@/components/circles/circle-filter-select";
import { secondaryButton, textLink } from "@/components/ui/styles";

type Props = { action: string; circles: { id: string; parentId: string | null; name: string; depth: number }[]; circleId?: string; q?: string };

export async function RoleFilters({ action, circles, circleId, q }: Props) {
  const t = await getTranslations("roles.list");
  const field = "rounded-md border border-slate-500 bg-white px-3 py-2";
  return (
    // Keyed by the filters: after a client-side navigation (e.g. "clear the filters") the fields
    // are rebuilt from the URL instead of keeping what was typed before.
    <form key={`${circleId ?? ""}|${q ?? ""}`} action={action} method="get" role="search" aria-label={t("filters")} className="flex flex-wrap items-end gap-3">
      <CircleFilterSelect id="role-filter-circle" label={t("circle")} allLabel={t("allCircles")} circles={circles} selectedId={circleId}
        labelClassName="text-sm font-medium" selectClassName={`${field} max-w-xs`} />
      <div className="flex flex-col gap-1">
        <label htmlFor="role-filter-q" className="text-sm font-medium">
          {t("search")}
        </label>
        <input id="role-filter-q" name="q" type="search" defaultValue={q ?? ""} maxLength={100} className={field} />
      </div>
      <button type="submit" className={secondaryButton}>
        {t("apply")}
      </button>
      {(circleId || q) && (
        <Link href={action} className={`${textLink} py-2`}>
          {t("reset")}
        </Link>
      )}
    </form>
  );
}
