// Previous / next links between pages of a list. Links, not buttons: each page has its URL, and
// the current filters are kept by the caller's `hrefFor`. Hidden on paper.
import Link from "@/components/ui/link";

type Props = {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  labels: { nav: string; previous: string; next: string; status: string };
};

const linkClass = "rounded px-2 py-1 font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800";

export function Pager({ page, pageCount, hrefFor, labels }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="flex flex-wrap items-center gap-4 text-sm print:hidden">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} className={linkClass}>
          {labels.previous}
        </Link>
      )}
      <p>{labels.status}</p>
      {page < pageCount && (
        <Link href={hrefFor(page + 1)} className={linkClass}>
          {labels.next}
        </Link>
      )}
    </nav>
  );
}
