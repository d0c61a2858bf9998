// Reads of a member's notifications: always scoped by organisation *and* membership, so that
// nobody reads another member's (or organisation's) notifications.
import "server-only";
import type { NotificationDelivery } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";

export const NOTIFICATIONS_PAGE_SIZE = 20;

export type Recipient = { organizationId: string; membershipId: string };

export type NotificationItem = { id: string; kind: string; data: unknown; createdAt: Date; readAt: Date | null };

/** One count on the (organizationId, membershipId, readAt) index: cheap enough for every page. */
export function unreadCount(recipient: Recipient): Promise<number> {
  return db.notification.count({ where: { ...recipient, readAt: null } });
}

export async function listNotifications(
  recipient: Recipient,
  requestedPage: number,
): Promise<{ items: NotificationItem[]; page: number; pageCount: number; unread: number }> {
  const [total, unread] = await Promise.all([db.notification.count({ where: recipient }), unreadCount(recipient)]);
  const pageCount = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pageCount);
  const items = await db.notification.findMany({
    where: recipient,
    select: { id: true, kind: true, data: true, createdAt: true, readAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
    take: NOTIFICATIONS_PAGE_SIZE,
  });
  return { items, page, pageCount, unread };
}

/** The user's email preference (an account-wide setting, not an organisation's). */
export async function deliveryPreference(userId: string): Promise<NotificationDelivery> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { notificationDelivery: true } });
  return user?.notificationDelivery ?? "immediately";
}
