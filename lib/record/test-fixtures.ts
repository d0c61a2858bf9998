// Database fixtures for the record's tests: an organisation of its own (unique slug), its general
// circle with default settings, and members, inserted directly so that the tests exercise only
// lib/record. Nothing here is used by the app.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/server/db";
import type { GovernanceEditMode, OrgPermission } from "@/lib/generated/prisma/enums";
import { applyChanges } from "./apply";

export type Person = { userId: string; membershipId: string };
export type OrgFixture = {
  organizationId: string;
  generalCircleId: string;
  admin: Person;
  member: Person;
  /** A former member (removedAt set). */
  former: Person;
};

async function person(db: Db, organizationId: string, permission: OrgPermission, removedAt: Date | null = null): Promise<Person> {
  const user = await db.user.create({ data: { email: `record-${randomUUID()}@test.invalid`, name: `Test ${permission}` } });
  const membership = await db.membership.create({ data: { organizationId, userId: user.id, permission, removedAt } });
  return { userId: user.id, membershipId: membership.id };
}

export async function createOrgFixture(db: Db, options: { mode?: GovernanceEditMode; createdAt?: Date } = {}): Promise<OrgFixture> {
  const slug = `record-${randomUUID()}`;
  const organization = await db.organization.create({
    data: { slug, name: `Record ${slug}`, governanceEditMode: options.mode ?? "direct_edits_by_admins" },
  });
  const organizationId = organization.id;
  const circle = await db.circle.create({
    data: { organizationId, kind: "general", name: "Cercle général", createdAt: options.createdAt ?? new Date("2020-01-01T00:00:00Z") },
  });
  await db.circleProcessSettings.create({ data: { organizationId, circleId: circle.id } });
  return {
    organizationId,
    generalCircleId: circle.id,
    admin: await person(db, organizationId, "admin"),
    member: await person(db, organizationId, "member"),
    former: await person(db, organizationId, "member", new Date()),
  };
}

/** Applies a set as a direct edit of the fixture's admin. */
export function directEdit(db: Db, fx: OrgFixture, changes: readonly unknown[], now?: Date) {
  return applyChanges(db, { organizationId: fx.organizationId, actorUserId: fx.admin.userId, isDirectEdit: true, changes, now });
}

/** Row counts of everything a change set may write in the organisation: to prove nothing was. */
export async function recordCounts(db: Db, organizationId: string) {
  const where = { organizationId };
  const [circles, roles, accountabilities, domains, policies, assignments, settings, changes, events] = await Promise.all([
    db.circle.count({ where }), db.role.count({ where }), db.accountability.count({ where }), db.domain.count({ where }),
    db.policy.count({ where }), db.roleAssignment.count({ where }), db.circleProcessSettings.count({ where }),
    db.recordChange.count({ where }), db.event.count({ where }),
  ]);
  const versions = await db.circle.findMany({ where, select: { id: true, version: true, name: true, archivedAt: true, parentId: true }, orderBy: { id: "asc" } });
  const roleVersions = await db.role.findMany({ where, select: { id: true, version: true, name: true, archivedAt: true }, orderBy: { id: "asc" } });
  return { circles, roles, accountabilities, domains, policies, assignments, settings, changes, events, versions, roleVersions };
}

/** The id a successful set gave to a ref; fails the test otherwise. */
export function refOf(result: Awaited<ReturnType<typeof applyChanges>>, ref: string): string {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  const id = result.refs[ref];
  if (!id) throw new Error(`no ref ${ref}`);
  return id;
}
