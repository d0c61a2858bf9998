// « Notifications (3) » in the organisation bar: one count on the (organizationId, membershipId,
// readAt) index per page, and a plain link to the list.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";
import { unreadCount } from "@/lib/notifications/data";
import { requireMember } from "@/lib/organizations/context";

export async function UnreadLink({ slug, className = "" }: { slug: string; className?: string }) {
  // Cached per request (React cache): the layout already asked for the same member context.
  const context = await requireMember(slug);
  const [t, count] = await Promise.all([
    getTranslations("notifications.bar"),
    unreadCount({ organizationId: context.organization.id, membershipId: context.membership.id }),
  ]);
  return (
    <Link
      href={`/o/${encodeURIComponent(context.organization.slug)}/notifications`}
      className={`${textLink} font-medium ${className}`}
    >
      {count > 0 ? t("linkUnread", { count }) : t("link")}
    </Link>
  );
}
