// "Older" / "back to the newest" links of the journal: a cursor only goes forward, so the way
// back is to the first page (with the same filter).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { textLink } from "@/components/ui/styles";

export async function JournalPager({ newestHref, olderHref, isFirstPage }: { newestHref: string; olderHref: string | null; isFirstPage: boolean }) {
  if (isFirstPage && !olderHref) return null;
  const t = await getTranslations("journal.page");
  return (
    <nav aria-label={t("pagerLabel")} className="flex flex-wrap gap-4 text-sm">
      {!isFirstPage && (
        <Link href={newestHref} className={textLink}>
          {t("newer")}
        </Link>
      )}
      {olderHref && (
        <Link href={olderHref} className={textLink}>
          {t("older")}
        </Link>
      )}
    </nav>
  );
}
