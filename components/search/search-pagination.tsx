// Previous / next links of the results (?q=&page=): links, so each page has its URL.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";

type Props = { basePath: string; query: string; page: number; hasNext: boolean };

export async function SearchPagination({ basePath, query, page, hasNext }: Props) {
  if (page <= 1 && !hasNext) return null;
  const t = await getTranslations("search");
  const href = (target: number) => `${basePath}?${new URLSearchParams({ q: query, page: String(target) })}`;
  return (
    <nav aria-label={t("pagination.label")} className="flex items-center gap-4 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} className={textLink}>
          {t("pagination.previous")}
        </Link>
      )}
      <p>{t("results.page", { page })}</p>
      {hasNext && (
        <Link href={href(page + 1)} className={textLink}>
          {t("pagination.next")}
        </Link>
      )}
    </nav>
  );
}
