// A member's notifications, newest first: each a sentence in the reader's language linking to
// its subject, when it arrived, whether it is read, and a form to mark it read.
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";
import type { NotificationItem } from "@/lib/notifications/data";
import { notificationPath, notificationSentence } from "@/lib/notifications/render";
import { MarkReadForm } from "./mark-read-forms";

export async function NotificationList({ slug, items, page }: { slug: string; items: NotificationItem[]; page: number }) {
  const [t, format] = await Promise.all([getTranslations("notifications"), getFormatter()]);
  if (items.length === 0) return <p className="text-slate-700">{t("page.empty")}</p>;
  const translate = (key: string, values: Record<string, string>) => (t as unknown as (k: string, v: Record<string, string>) => string)(key, values);
  const formatDate = (value: Date, withTime: boolean) =>
    format.dateTime(value, withTime ? { dateStyle: "long", timeStyle: "short" } : { dateStyle: "long" });
  return (
    <ol className="flex flex-col gap-3">
      {items.map((item) => {
        const sentence = notificationSentence(translate, formatDate, item.kind, item.data);
        const unread = item.readAt === null;
        return (
          <li key={item.id} className={`rounded-md border p-3 ${unread ? "border-brand-700 bg-brand-50" : "border-slate-200"}`}>
            <p className={unread ? "font-semibold text-slate-900" : "text-slate-900"}>
              <Link href={notificationPath(slug, item.data, item.kind)} className={textLink}>
                {sentence}
              </Link>
            </p>
            <div className="mt-1 flex flex-wrap items-center gap-x-3 text-sm text-slate-700">
              <time dateTime={item.createdAt.toISOString()}>{format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
              <span aria-hidden="true">·</span>
              <span>{unread ? t("page.unread") : t("page.read")}</span>
              {unread && (
                <>
                  <span aria-hidden="true">·</span>
                  <MarkReadForm slug={slug} notificationId={item.id} page={page} sentence={sentence} />
                </>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
