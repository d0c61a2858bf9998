// Creating notifications, inside the caller's transaction, so that a notification exists exactly
// when the change it announces does. Delivery by email (immediately or as a daily digest, per
// the member's preference) is a job's business (lib/jobs), never the request's.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";

export type NotificationInput = {
  organizationId: string;
  /** Recipients as user ids; those who are not active members of the organisation are skipped. */
  userIds: readonly string[];
  /** e.g. `round.opened`, `objection.raised`: a key of messages/<locale>/notifications.json. */
  kind: string;
  /** What the message needs to be rendered in the reader's language (ids, titles, names). */
  data: Prisma.InputJsonObject;
};

export async function notify(tx: Tx, input: NotificationInput): Promise<number> {
  if (input.userIds.length === 0) return 0;
  const memberships = await tx.membership.findMany({
    where: { organizationId: input.organizationId, userId: { in: [...new Set(input.userIds)] }, removedAt: null },
    select: { id: true },
  });
  const { count } = await tx.notification.createMany({
    data: memberships.map((m) => ({ organizationId: input.organizationId, membershipId: m.id, kind: input.kind, data: input.data })),
  });
  return count;
}
