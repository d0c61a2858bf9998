// The members of a circle, a page at a time (a general circle may hold the whole organisation).
import "server-only";
import { db } from "@/lib/server/db";
import { isUuid } from "./params";

export const CIRCLE_MEMBERS_PER_PAGE = 10;

export type CircleMember = { membershipId: string; name: string };
export type CircleMemberPage = { members: CircleMember[]; page: number; pageCount: number; total: number };

/** `page` is 1-based; a page past the end shows the last one. Former members are left out. */
export async function listCircleMembers(organizationId: string, circleId: string, page: number): Promise<CircleMemberPage> {
  if (!isUuid(circleId)) return { members: [], page: 1, pageCount: 1, total: 0 };
  const where = { organizationId, circleId, membership: { removedAt: null } };
  const total = await db.circleMembership.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / CIRCLE_MEMBERS_PER_PAGE));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const rows = await db.circleMembership.findMany({
    where,
    select: { membershipId: true, membership: { select: { user: { select: { name: true } } } } },
    // The id breaks ties between namesakes, so that pages never overlap.
    orderBy: [{ membership: { user: { name: "asc" } } }, { id: "asc" }],
    skip: (current - 1) * CIRCLE_MEMBERS_PER_PAGE,
    take: CIRCLE_MEMBERS_PER_PAGE,
  });
  return {
    members: rows.map((row) => ({ membershipId: row.membershipId, name: row.membership.user.name })),
    page: current,
    pageCount,
    total,
  };
}
