// Previous / next links of a list paged by number (?page=): links, so each page has its URL.
import Link from "@/components/ui/link";
import { textLink } from "@/components/ui/styles";

type Labels = { label: string; previous: string; next: string; status: string };

export function PageLinks({ basePath, page, pageCount, labels }: { basePath: string; page: number; pageCount: number; labels: Labels }) {
  if (pageCount <= 1) return null;
  const href = (n: number) => (n === 1 ? basePath : `${basePath}?page=${n}`);
  return (
    <nav aria-label={labels.label} className="flex flex-wrap items-center gap-4 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} className={textLink}>
          {labels.previous}
        </Link>
      )}
      <p>{labels.status}</p>
      {page < pageCount && (
        <Link href={href(page + 1)} className={textLink}>
          {labels.next}
        </Link>
      )}
    </nav>
  );
}
