// The member list of an organisation, a page at a time.
import "server-only";
import type { OrgPermission } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";

export const MEMBERS_PER_PAGE = 50;

export type MemberRow = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  permission: OrgPermission;
  joinedAt: Date;
};

export type MemberPage = { members: MemberRow[]; page: number; pageCount: number; total: number };

/** `page` is 1-based; a page past the end shows the last one. */
export async function listMembers(organizationId: string, page: number): Promise<MemberPage> {
  const where = { organizationId, removedAt: null };
  const total = await db.membership.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / MEMBERS_PER_PAGE));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const rows = await db.membership.findMany({
    where,
    select: { id: true, permission: true, joinedAt: true, user: { select: { id: true, name: true, email: true } } },
    // The id breaks ties between namesakes, so that pages never overlap.
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    skip: (current - 1) * MEMBERS_PER_PAGE,
    take: MEMBERS_PER_PAGE,
  });
  return {
    members: rows.map((row) => ({
      membershipId: row.id,
      userId: row.user.id,
      name: row.user.name,
      email: row.user.email,
      permission: row.permission,
      joinedAt: row.joinedAt,
    })),
    page: current,
    pageCount,
    total,
  };
}
