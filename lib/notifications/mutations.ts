// Marking notifications read, and the email preference. Read marks and the preference are one
// person's own state, not the organisation's governance: they leave no journal Event. Every write
// names the recipient in its `where`, so another member's notification behaves as unknown.
import type { NotificationDelivery } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/server/db";
import type { Recipient } from "./data";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type MarkReadResult = { ok: true; changed: boolean } | { ok: false; reason: "not_found" };

export async function markNotificationRead(db: Db, recipient: Recipient, notificationId: string, now = new Date()): Promise<MarkReadResult> {
  if (!UUID.test(notificationId)) return { ok: false, reason: "not_found" };
  const where = { id: notificationId, ...recipient };
  // Compare-and-set: the first read time is kept when two tabs mark it at once.
  const { count } = await db.notification.updateMany({ where: { ...where, readAt: null }, data: { readAt: now } });
  if (count === 1) return { ok: true, changed: true };
  const exists = await db.notification.count({ where });
  return exists === 1 ? { ok: true, changed: false } : { ok: false, reason: "not_found" };
}

/** Marks every unread notification of the member read; returns how many were. */
export async function markAllNotificationsRead(db: Db, recipient: Recipient, now = new Date()): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { ...recipient, readAt: null }, data: { readAt: now } });
  return count;
}

export async function setNotificationDelivery(db: Db, userId: string, delivery: NotificationDelivery): Promise<boolean> {
  const { count } = await db.user.updateMany({ where: { id: userId, disabledAt: null }, data: { notificationDelivery: delivery } });
  return count === 1;
}
