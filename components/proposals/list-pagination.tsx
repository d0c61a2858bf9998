// Previous / next links of the proposal list, keeping the filters. Links: each page has its URL.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";

const linkClass = "rounded px-2 py-1 font-medium underline underline-offset-2";

export async function ListPagination({ basePath, query, page, pageCount }: { basePath: string; query: Record<string, string | undefined>; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("proposals.pagination");
  const href = (target: number) => {
    const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]));
    params.set("page", String(target));
    return `${basePath}?${params.toString()}`;
  };
  return (
    <nav aria-label={t("label")} className="flex items-center gap-4 text-sm">
      {page > 1 && <Link href={href(page - 1)} className={linkClass}>{t("previous")}</Link>}
      <p>{t("status", { page, count: pageCount })}</p>
      {page < pageCount && <Link href={href(page + 1)} className={linkClass}>{t("next")}</Link>}
    </nav>
  );
}
