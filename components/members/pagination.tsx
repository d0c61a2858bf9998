// Previous / next links of the member list (?page=). Links, not buttons: each page has its URL.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";

const linkClass = "rounded px-2 py-1 font-medium underline underline-offset-2";

export async function Pagination({ basePath, page, pageCount }: { basePath: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("members.pagination");
  return (
    <nav aria-label={t("label")} className="flex items-center gap-4 text-sm">
      {page > 1 && (
        <Link href={`${basePath}?page=${page - 1}`} className={linkClass}>
          {t("previous")}
        </Link>
      )}
      <p>{t("status", { page, count: pageCount })}</p>
      {page < pageCount && (
        <Link href={`${basePath}?page=${page + 1}`} className={linkClass}>
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
