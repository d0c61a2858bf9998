// notifications.digest: once a day, one email per member (and organisation) who chose the daily
// digest, listing their unread notifications not yet emailed. The member's notifications are
// claimed in one UPDATE ... RETURNING (compare-and-set on emailedAt IS NULL): a second worker
// running at the same moment claims nothing and sends nothing.
import { digestEmail } from "@/lib/notifications/email";
import { sendEmail } from "@/lib/server/mail";
import type { Db } from "@/lib/server/db";
import { appBaseUrl, pendingFor, recipientSelect, type SendEmail } from "./email-batch";

/** A digest lists at most this many notifications (the oldest first); the app has them all. */
const MAX_ITEMS = 50;

export async function sendDailyDigests(db: Db, now: Date, send: SendEmail = sendEmail): Promise<number> {
  const groups = await db.notification.groupBy({
    by: ["organizationId", "membershipId"],
    where: pendingFor("daily_digest", now),
    orderBy: [{ organizationId: "asc" }, { membershipId: "asc" }],
  });
  let sent = 0;
  for (const group of groups) {
    const claimed = await db.notification.updateManyAndReturn({
      where: { ...pendingFor("daily_digest", now), organizationId: group.organizationId, membershipId: group.membershipId },
      data: { emailedAt: now },
      select: { kind: true, data: true, createdAt: true, id: true },
    });
    if (claimed.length === 0) continue;
    const recipient = await db.membership.findFirst({
      where: { organizationId: group.organizationId, id: group.membershipId },
      select: { organization: recipientSelect.organization, user: recipientSelect.membership.select.user },
    });
    if (!recipient) continue;
    const ordered = claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    const email = digestEmail({
      baseUrl: appBaseUrl(),
      recipient: recipient.user,
      organization: recipient.organization,
      notifications: ordered.slice(0, MAX_ITEMS),
      more: Math.max(0, ordered.length - MAX_ITEMS),
    });
    await send({ to: recipient.user.email, ...email, organizationId: group.organizationId });
    sent++;
  }
  return sent;
}
