// Previous / next links of a numbered list (?page= or another parameter). Links, not buttons:
// each page has its URL. `list` names the list, since a page may carry several paginations.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";

type Props = { list: string; page: number; pageCount: number; hrefFor: (page: number) => string };

export async function PageLinks({ list, page, pageCount, hrefFor }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("circles.pagination");
  return (
    <nav aria-label={t("label", { list })} className="flex flex-wrap items-center gap-4 text-sm">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} className={textLink}>
          {t("previous")}
        </Link>
      )}
      <p>{t("status", { page, count: pageCount })}</p>
      {page < pageCount && (
        <Link href={hrefFor(page + 1)} className={textLink}>
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
