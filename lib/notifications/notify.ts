// Creating notifications, inside the caller's transaction, so that a notification exists exactly
// when the change it announces does. Delivery by email (immediately or as a daily digest, per
// the member's preference) is a job's business (lib/jobs), never the request's.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import { monotonicUuidV7 } from "@/lib/record/ids";

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
  const insert = notificationInsert(input);
  return insert ? tx.$executeRaw(insert) : 0;
}

/**
 * The INSERT of `notify` as one statement (the recipients' memberships are looked up in it), for
 * a caller that sends it together with its other writes; null when there is nobody to notify.
 */
export function notificationInsert(input: NotificationInput): Prisma.Sql | null {
  const userIds = [...new Set(input.userIds)];
  if (userIds.length === 0) return null;
  const ids = userIds.map(() => monotonicUuidV7());
  return Prisma.sql`
    INSERT INTO "Notification" ("id", "organizationId", "membershipId", "kind", "data", "createdAt")
    SELECT r.id, m."organizationId", m.id, ${input.kind}::text, ${JSON.stringify(input.data)}::jsonb, ${new Date()}::timestamptz
    FROM unnest(${userIds}::uuid[], ${ids}::uuid[]) AS r("userId", id)
    JOIN "Membership" m ON m."organizationId" = ${input.organizationId}::uuid AND m."userId" = r."userId" AND m."removedAt" IS NULL`;
}
