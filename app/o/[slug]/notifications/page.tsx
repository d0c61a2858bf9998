// /o/[slug]/notifications: what concerns the current member in this organisation, newest first,
// with forms to mark one or all read (?notice= tells the outcome after the redirect).
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { MarkAllReadForm } from "@/components/notifications/mark-read-forms";
import { NotificationList } from "@/components/notifications/notification-list";
import { PageLinks } from "@/components/notifications/page-links";
import { PageMain } from "@/components/ui/page-main";
import { textLink } from "@/components/ui/styles";
import { pageNumber, single } from "@/lib/circles/params";
import { listNotifications } from "@/lib/notifications/data";
import { requireMember } from "@/lib/organizations/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.page"))("title") };
}

const NOTICES = ["marked", "allMarked", "notFound", "tooMany"] as const;

export default async function NotificationsPage({ params, searchParams }: PageProps<"/o/[slug]/notifications">) {
  const { slug } = await params;
  const search = await searchParams;
  const context = await requireMember(slug);
  const recipient = { organizationId: context.organization.id, membershipId: context.membership.id };
  const [t, list] = await Promise.all([getTranslations("notifications"), listNotifications(recipient, pageNumber(search.page))]);
  const notice = NOTICES.find((n) => n === single(search.notice));
  const count = Math.max(0, Number(single(search.count)) || 0);
  const refused = notice === "notFound" || notice === "tooMany";
  const base = `/o/${encodeURIComponent(context.organization.slug)}`;
  return (
    <PageMain className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-slate-900">{t("page.title")}</h1>
        <p className="text-slate-700">{t("page.intro")}</p>
        <p className="flex flex-wrap gap-4 text-sm">
          <Link href="/account" className={textLink}>
            {t("page.accountLink")}
          </Link>
          <Link href={`${base}/journal`} className={textLink}>
            {t("page.journalLink")}
          </Link>
        </p>
      </div>
      {notice && (
        <p role={refused ? "alert" : "status"} className={`font-medium ${refused ? "text-red-800" : "text-green-800"}`}>
          {notice === "allMarked" ? t("page.notices.allMarked", { count }) : t(`page.notices.${notice}`)}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <p className="text-slate-700">{t("page.unreadCount", { count: list.unread })}</p>
        {list.unread > 0 && <MarkAllReadForm slug={context.organization.slug} page={list.page} />}
      </div>
      <NotificationList slug={context.organization.slug} items={list.items} page={list.page} />
      <PageLinks
        basePath={`${base}/notifications`}
        page={list.page}
        pageCount={list.pageCount}
        labels={{ label: t("pager.label"), previous: t("pager.previous"), next: t("pager.next"), status: t("pager.status", { page: list.page, count: list.pageCount }) }}
      />
    </PageMain>
  );
}
