// A role's history: every RecordChange about the role itself, its accountabilities, domains and
// assignments (all carry `roleId`), newest first, a page at a time on the
// (organizationId, roleId, occurredAt) index. Archived rows included: history keeps everything.
import "server-only";
import type { RecordAction, RecordEntity } from "@/lib/generated/prisma/enums";
import { decodeCursor, newestFirst, olderThan, pageOf } from "@/lib/circles/cursor";
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

export async function roleHistory(
  organizationId: string,
  roleId: string,
  cursor?: string,
): Promise<{ items: RoleHistoryEntry[]; nextCursor: string | null }> {
  if (!isUuid(roleId)) return { items: [], nextCursor: null };
  const rows = await db.recordChange.findMany({
    where: { organizationId, roleId, ...olderThan(decodeCursor(cursor)) },
    select: { id: true, entity: true, action: true, occurredAt: true, actorId: true, decisionId: true, isDirectEdit: true, before: true, after: true },
    orderBy: newestFirst,
    take: HISTORY_PAGE_SIZE + 1,
  });
  const page = pageOf(rows, HISTORY_PAGE_SIZE);
  const names = await resolveNames(organizationId, {
    userIds: page.items.map((row) => row.actorId),
    membershipIds: page.items.map(membershipIdOf),
  });
  const items = page.items.map(({ before, after, actorId, ...row }): RoleHistoryEntry => {
    const membershipId = membershipIdOf({ entity: row.entity, before, after });
    return {
      ...row,
      ...describeChange({ entity: row.entity, action: row.action, before, after }),
      actorName: (actorId && names.users.get(actorId)) || null,
      member: (membershipId && names.members.get(membershipId)) || null,
    };
  });
  return { items, nextCursor: page.nextCursor };
}
