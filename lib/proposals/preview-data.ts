// Loads the part of the record a change set needs, for the preview and the editor's selects: every
// active circle of the organisation (circles are few and serve as parents and targets), and the
// roles, accountabilities, domains, policies and assignments of the affected circles — plus any row
// a change names directly, even archived, so that the preview can say "archived" rather than "not
// found". Active members, and any member a change names; or, for a page that only shows the
// preview (`members: "named"`), just the members the change set and the affected roles' holders
// name: a large organisation's 2,000 members are for the editor's select only.
import "server-only";
import type { ChangeInput } from "@/lib/record/changes";
import { db } from "@/lib/server/db";
import type { RecordSnapshot } from "./record-snapshot";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every UUID a change set names, in any field. */
export function mentionedIds(changes: readonly ChangeInput[]): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value === "string" && UUID.test(value)) ids.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") Object.values(value).forEach(visit);
  };
  changes.forEach(visit);
  return [...ids];
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export type MemberScope = "all" | "named";

export async function loadRecordSnapshot(organizationId: string, circleIds: readonly string[], changes: readonly ChangeInput[] = [], members: MemberScope = "all"): Promise<RecordSnapshot> {
  const mentioned = mentionedIds(changes);
  const named = { id: { in: mentioned } };
  const inCircles = { circleId: { in: [...circleIds] }, archivedAt: null };
  const [circles, roles] = await Promise.all([
    db.circle.findMany({ where: { organizationId, OR: [{ archivedAt: null }, named] }, select: { id: true, name: true, purpose: true, kind: true, parentId: true, archivedAt: true }, orderBy: { name: "asc" } }),
    db.role.findMany({ where: { organizationId, OR: [inCircles, named] }, select: { id: true, circleId: true, name: true, purpose: true, coreRole: true, archivedAt: true }, orderBy: [{ coreRole: "asc" }, { name: "asc" }] }),
  ]);
  const roleIds = roles.map((role) => role.id);
  const ofRoles = { roleId: { in: roleIds }, archivedAt: null };
  const [accountabilities, domains, policies, assignments] = await Promise.all([
    db.accountability.findMany({ where: { organizationId, OR: [ofRoles, named] }, select: { id: true, roleId: true, description: true, position: true, archivedAt: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] }),
    db.domain.findMany({ where: { organizationId, OR: [inCircles, named] }, select: { id: true, circleId: true, roleId: true, name: true, description: true, archivedAt: true }, orderBy: { position: "asc" } }),
    db.policy.findMany({ where: { organizationId, OR: [inCircles, named] }, select: { id: true, circleId: true, title: true, body: true, archivedAt: true }, orderBy: { position: "asc" } }),
    db.roleAssignment.findMany({ where: { organizationId, OR: [{ roleId: { in: roleIds }, endedAt: null }, named] }, select: { id: true, roleId: true, membershipId: true, focus: true, termEndsOn: true, endedAt: true }, orderBy: { startedAt: "asc" } }),
  ]);
  const holders = { id: { in: [...new Set([...mentioned, ...assignments.map((row) => row.membershipId)])] } };
  const memberRows = await db.membership.findMany({
    where: { organizationId, ...(members === "all" ? { OR: [{ removedAt: null }, named] } : holders) },
    select: { id: true, removedAt: true, user: { select: { name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return {
    circles: circles.map(({ archivedAt, ...row }) => ({ ...row, archived: archivedAt !== null })),
    roles: roles.map(({ archivedAt, ...row }) => ({ ...row, archived: archivedAt !== null })),
    accountabilities: accountabilities.map(({ archivedAt, ...row }) => ({ ...row, archived: archivedAt !== null })),
    domains: domains.map(({ archivedAt, ...row }) => ({ ...row, archived: archivedAt !== null })),
    policies: policies.map(({ archivedAt, ...row }) => ({ ...row, archived: archivedAt !== null })),
    assignments: assignments.map(({ endedAt, termEndsOn, ...row }) => ({ ...row, termEndsOn: day(termEndsOn), archived: endedAt !== null })),
    members: memberRows.map((row) => ({ id: row.id, name: row.user.name, active: row.removedAt === null })),
  };
}
