// A member's roles: who they are in the organisation (permission, circles) and every role they
// currently fill, with its accountabilities, focus and term. A removed member, or a membership of
// another organisation, is not found. Four queries whatever the member holds: the membership,
// their circles, one page of assignments (with roles, circles and accountabilities, one query per
// table) and its count.
import "server-only";
import { z } from "zod";
import type { OrgPermission } from "@/lib/generated/prisma/enums";
import { calendarDate, termState, type TermState } from "@/lib/home/term";
import { db } from "@/lib/server/db";

export const MEMBER_ROLES_PER_PAGE = 50;

export type MemberSummary = {
  membershipId: string;
  name: string;
  permission: OrgPermission;
  joinedAt: Date;
  circles: { id: string; name: string }[];
};

export type MemberRole = {
  assignmentId: string;
  roleId: string;
  roleName: string;
  circleId: string;
  circleName: string;
  focus: string | null;
  startedAt: Date;
  termEndsOn: Date | null;
  term: TermState | null;
  accountabilities: { id: string; description: string; position: number }[];
};

export type MemberRoles = { member: MemberSummary; roles: MemberRole[]; total: number; page: number; pageCount: number };

type Options = { page?: number; now?: Date; timeZone?: string; locale?: string };

const uuid = z.uuid();

export async function loadMemberRoles(organizationId: string, membershipId: string, options: Options = {}): Promise<MemberRoles | null> {
  if (!uuid.safeParse(membershipId).success) return null;
  const member = await db.membership.findFirst({
    where: { id: membershipId, organizationId, removedAt: null },
    select: { id: true, permission: true, joinedAt: true, user: { select: { name: true } } },
  });
  if (!member) return null;

  // Roles of archived circles are archived with them; the circle condition is a backstop.
  const where = { organizationId, membershipId, endedAt: null, role: { archivedAt: null, circle: { archivedAt: null } } };
  const total = await db.roleAssignment.count({ where }); // RoleAssignment(organizationId, membershipId)
  const pageCount = Math.max(1, Math.ceil(total / MEMBER_ROLES_PER_PAGE));
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), pageCount);
  const [circles, assignments] = await Promise.all([
    // CircleMembership(organizationId, membershipId).
    db.circleMembership.findMany({
      where: { organizationId, membershipId, circle: { archivedAt: null } },
      select: { circle: { select: { id: true, name: true } } },
    }),
    db.roleAssignment.findMany({
      where,
      orderBy: [{ role: { circle: { name: "asc" } } }, { role: { name: "asc" } }, { id: "asc" }],
      skip: (page - 1) * MEMBER_ROLES_PER_PAGE,
      take: MEMBER_ROLES_PER_PAGE,
      select: {
        id: true,
        focus: true,
        startedAt: true,
        termEndsOn: true,
        role: {
          select: {
            id: true,
            name: true,
            circle: { select: { id: true, name: true } },
            accountabilities: { where: { archivedAt: null }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, description: true, position: true } },
          },
        },
      },
    }),
  ]);

  const collator = new Intl.Collator(options.locale ?? "fr", { sensitivity: "base", numeric: true });
  const today = calendarDate(options.now ?? new Date(), options.timeZone ?? "Europe/Paris");
  return {
    member: {
      membershipId: member.id,
      name: member.user.name,
      permission: member.permission,
      joinedAt: member.joinedAt,
      circles: circles.map(({ circle }) => circle).sort((a, b) => collator.compare(a.name, b.name)),
    },
    roles: assignments.map((row) => ({
      assignmentId: row.id,
      roleId: row.role.id,
      roleName: row.role.name,
      circleId: row.role.circle.id,
      circleName: row.role.circle.name,
      focus: row.focus,
      startedAt: row.startedAt,
      termEndsOn: row.termEndsOn,
      term: termState(row.termEndsOn, today),
      accountabilities: row.role.accountabilities,
    })),
    total,
    page,
    pageCount,
  };
}
