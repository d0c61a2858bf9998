// "Older" / "back to the latest" links of a log paged by cursor (a journal, a history, the circle's
// journal): a cursor only goes forward, so the way back is to the first page.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";

type Props = { list: string; isFirstPage: boolean; newestHref: string; olderHref: string | null };

export async function CursorLinks({ list, isFirstPage, newestHref, olderHref }: Props) {
  if (isFirstPage && !olderHref) return null;
  const t = await getTranslations("circles.pagination");
  return (
    <nav aria-label={t("label", { list })} className="flex flex-wrap items-center gap-4 text-sm">
      {!isFirstPage && (
        <Link href={newestHref} className={textLink}>
          {t("newest")}
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
