// notifications.deliver: one email per notification for members who chose "immediately".
// Each notification is claimed before its email is written (compare-and-set on emailedAt IS NULL,
// in one UPDATE): of two workers racing, each notification goes to exactly one, so an email is
// never sent twice. The price is at-most-once: if the process dies between the claim and the
// send, that email is lost (the notification itself stays in the app).
import { notificationEmail } from "@/lib/notifications/email";
import { sendEmail } from "@/lib/server/mail";
import type { Db } from "@/lib/server/db";
import { appBaseUrl, pendingFor, recipientSelect, type SendEmail } from "./email-batch";

const BATCH = 100;
/** A run stops after this many batches; the next minute's run takes the rest. */
const MAX_BATCHES = 10;

export async function deliverNotifications(db: Db, now: Date, send: SendEmail = sendEmail): Promise<number> {
  let sent = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const candidates = await db.notification.findMany({
      where: pendingFor("immediately", now),
      select: { id: true },
      orderBy: { createdAt: "asc" },
      take: BATCH,
    });
    if (candidates.length === 0) break;
    const claimed = await db.notification.updateManyAndReturn({
      where: { id: { in: candidates.map((c) => c.id) }, emailedAt: null },
      data: { emailedAt: now },
      select: { id: true },
    });
    const rows = await db.notification.findMany({
      where: { id: { in: claimed.map((c) => c.id) } },
      select: { kind: true, data: true, organizationId: true, ...recipientSelect },
      orderBy: { createdAt: "asc" },
    });
    for (const row of rows) {
      const email = notificationEmail({
        baseUrl: appBaseUrl(),
        recipient: row.membership.user,
        organization: row.organization,
        notification: { kind: row.kind, data: row.data },
      });
      await send({ to: row.membership.user.email, ...email, organizationId: row.organizationId });
      sent++;
    }
    if (candidates.length < BATCH) break;
  }
  return sent;
}
