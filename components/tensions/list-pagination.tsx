// Previous / next links of a paged list. Links, not buttons: each page has its own address.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";

type Props = { page: number; pageCount: number; hrefOf: (page: number) => string; label: string; previous: string; next: string };

export async function ListPagination({ page, pageCount, hrefOf, label, previous, next }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("tensions.pagination");
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-4 text-sm">
      {page > 1 && (
        <Link href={hrefOf(page - 1)} className={textLink}>
          {previous}
        </Link>
      )}
      <p>{t("status", { page, count: pageCount })}</p>
      {page < pageCount && (
        <Link href={hrefOf(page + 1)} className={textLink}>
          {next}
        </Link>
      )}
    </nav>
  );
}
