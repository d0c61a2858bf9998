// A role's history: every RecordChange about the role itself, its accountabilities, domains and
// assignments (all carry `roleId`), newest first, a page at a time on the
// (organizationId, roleId, occurredAt) index; plus the domains moved away to another role (their
// row carries the receiving role: they are found by the role in their `before` snapshot, on a
// partial index of prisma/constraints.sql). Archived rows included: history keeps everything.
import "server-only";
import type { RecordAction, RecordEntity } from "@/lib/generated/prisma/enums";
import { type Cursor, decodeCursor, newestFirst, olderThan, pageOf } from "@/lib/circles/cursor";
import { Prisma } from "@/lib/generated/prisma/client";
import { resolveNames } from "@/lib/circles/names";
import { isUuid } from "@/lib/circles/params";
import { db } from "@/lib/server/db";
import { describeChange, membershipIdOf, type ChangeDescription } from "./describe";

export const HISTORY_PAGE_SIZE = 20;

export type RoleHistoryEntry = ChangeDescription & {
  id: string;
  entity: RecordEntity;
  action: RecordAction;
  occurredAt: Date;
  actorName: string | null;
  /** The adopted decision the change comes from; null for a direct edit. */
  decisionId: string | null;
  isDirectEdit: boolean;
  /** For assignments: the member concerned. */
  member: string | null;
};

type Row = { id: string; entity: RecordEntity; action: RecordAction; occurredAt: Date; actorId: string | null; decisionId: string | null; isDirectEdit: boolean; before: unknown; after: unknown };

/** Domains this role gave to another one, newest first, below the cursor. */
function domainsMovedAway(organizationId: string, roleId: string, cursor: Cursor | null): Promise<Row[]> {
  const below = cursor
    ? Prisma.sql`AND (rc."occurredAt" < ${cursor.occurredAt} OR (rc."occurredAt" = ${cursor.occurredAt} AND rc."id" < ${cursor.id}::uuid))`
    : Prisma.empty;
  return db.$queryRaw<Row[]>`
    SELECT rc."id"::text AS "id", rc."entity"::text AS "entity", rc."action"::text AS "action", rc."occurredAt",
      rc."actorId"::text AS "actorId", rc."decisionId"::text AS "decisionId", rc."isDirectEdit", rc."before", rc."after"
    FROM "RecordChange" rc
    WHERE rc."organizationId" = ${organizationId}::uuid AND rc."entity" = 'domain' AND rc."action" = 'moved'
      AND (rc."before" ->> 'roleId') = ${roleId} ${below}
    ORDER BY rc."occurredAt" DESC, rc."id" DESC
    LIMIT ${HISTORY_PAGE_SIZE + 1}`;
}

export async function roleHistory(
  organizationId: string,
  roleId: string,
  cursor?: string,
): Promise<{ items: RoleHistoryEntry[]; nextCursor: string | null }> {
  if (!isUuid(roleId)) return { items: [], nextCursor: null };
  const after = decodeCursor(cursor);
  const [own, movedAway] = await Promise.all([
    db.recordChange.findMany({
      where: { organizationId, roleId, ...olderThan(after) },
      select: { id: true, entity: true, action: true, occurredAt: true, actorId: true, decisionId: true, isDirectEdit: true, before: true, after: true },
      orderBy: newestFirst,
      take: HISTORY_PAGE_SIZE + 1,
    }),
    domainsMovedAway(organizationId, roleId, after),
  ]);
  // Both lists are in (occurredAt, id) order below the same cursor: merged, they page as one.
  const ownIds = new Set(own.map((row) => row.id));
  const rows = [...own, ...movedAway.filter((row) => !ownIds.has(row.id))].sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime() || (a.id < b.id ? 1 : -1));
  const page = pageOf(rows, HISTORY_PAGE_SIZE);
  const names = await resolveNames(organizationId, {
    userIds: page.items.map((row) => row.actorId),
    membershipIds: page.items.map(membershipIdOf),
  });
  const items = page.items.map(({ before, after, actorId, ...row }): RoleHistoryEntry => {
    const membershipId = membershipIdOf({ entity: row.entity, before, after });
    return {
      ...row,
      ...describeChange({ entity: row.entity, action: row.action, before, after }, roleId),
      actorName: (actorId && names.users.get(actorId)) || null,
      member: (membershipId && names.members.get(membershipId)) || null,
    };
  });
  return { items, nextCursor: page.nextCursor };
}
