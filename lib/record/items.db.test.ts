// Accountabilities, domains, policies and assignments: one test per change kind, and their rules.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createOrgFixture, directEdit, recordCounts, refOf, type OrgFixture } from "./test-fixtures";

async function setup(fx: OrgFixture) {
  const result = await directEdit(db, fx, [
    { kind: "circle.create", ref: "c", parentId: fx.generalCircleId, circleKind: "pole", name: "Com" },
    { kind: "role.create", ref: "r", circleId: "ref:c", name: "Webmaster", accountabilities: ["A", "B", "C"] },
    { kind: "role.create", ref: "r2", circleId: "ref:c", name: "Writer" },
  ]);
  return { circleId: refOf(result, "c"), roleId: refOf(result, "r"), otherRoleId: refOf(result, "r2") };
}

const ordered = async (roleId: string) =>
  (await db.accountability.findMany({ where: { roleId, archivedAt: null }, orderBy: { position: "asc" } })).map((a) => a.description);

describe("accountabilities", () => {
  it("accountability.add inserts at a position and records the shifted ones", async () => {
    const fx = await createOrgFixture(db);
    const { roleId } = await setup(fx);
    const result = await directEdit(db, fx, [{ kind: "accountability.add", ref: "x", roleId, description: "X", position: 1 }]);
    expect(await ordered(roleId)).toEqual(["A", "X", "B", "C"]);
    const x = refOf(result, "x");
    expect(await db.recordChange.count({ where: { entityId: x, action: "created" } })).toBe(1);
    expect(await db.recordChange.count({ where: { roleId, entity: "accountability", action: "reordered" } })).toBe(2);
    expect(await db.event.count({ where: { subjectId: x, kind: "record.accountability.added" } })).toBe(1);
    expect((await db.role.findUniqueOrThrow({ where: { id: roleId } })).version).toBe(2);
  });

  it("accountability.update, accountability.reorder and accountability.remove", async () => {
    const fx = await createOrgFixture(db);
    const { roleId } = await setup(fx);
    const [a, b, c] = await db.accountability.findMany({ where: { roleId }, orderBy: { position: "asc" } });
    expect(await directEdit(db, fx, [{ kind: "accountability.update", accountabilityId: a!.id, description: "A2" }])).toMatchObject({ ok: true });
    expect(await directEdit(db, fx, [{ kind: "accountability.reorder", roleId, accountabilityIds: [c!.id, a!.id, b!.id] }])).toMatchObject({ ok: true });
    expect(await ordered(roleId)).toEqual(["C", "A2", "B"]);
    expect(await directEdit(db, fx, [{ kind: "accountability.remove", accountabilityId: b!.id }])).toMatchObject({ ok: true });
    expect(await ordered(roleId)).toEqual(["C", "A2"]);
    expect(await db.accountability.count({ where: { roleId } })).toBe(3); // kept, archived
    const kinds = (await db.event.findMany({ where: { organizationId: fx.organizationId, kind: { startsWith: "record.accountability" } } })).map((e) => e.kind);
    expect(kinds.sort()).toEqual(["record.accountability.removed", "record.accountability.reordered", "record.accountability.updated"]);
    expect(await db.recordChange.count({ where: { entityId: a!.id, action: "updated" } })).toBe(1);
    expect(await db.recordChange.count({ where: { entityId: b!.id, action: "removed" } })).toBe(1);
  });

  it("refuses a reordering that does not list every current accountability once", async () => {
    const fx = await createOrgFixture(db);
    const { roleId } = await setup(fx);
    const [a, b] = await db.accountability.findMany({ where: { roleId }, orderBy: { position: "asc" } });
    const before = await recordCounts(db, fx.organizationId);
    expect(await directEdit(db, fx, [{ kind: "accountability.reorder", roleId, accountabilityIds: [b!.id, a!.id] }])).toEqual({
      ok: false, index: 0, reason: "invalid_order", field: "accountabilityIds",
    });
    expect(await directEdit(db, fx, [{ kind: "accountability.reorder", roleId, accountabilityIds: [b!.id, a!.id, a!.id] }])).toMatchObject({ reason: "invalid_order" });
    expect(await recordCounts(db, fx.organizationId)).toEqual(before);
  });
});

describe("domains", () => {
  it("domain.add, domain.update (to another role) and domain.remove", async () => {
    const fx = await createOrgFixture(db);
    const { circleId, roleId, otherRoleId } = await setup(fx);
    const id = refOf(await directEdit(db, fx, [{ kind: "domain.add", ref: "d", circleId, roleId, name: "Site", description: "Web" }]), "d");
    expect(await db.domain.findUniqueOrThrow({ where: { id } })).toMatchObject({ circleId, roleId, name: "Site" });
    expect(await directEdit(db, fx, [{ kind: "domain.update", domainId: id, roleId: otherRoleId, name: "Website" }])).toMatchObject({ ok: true });
    expect(await db.domain.findUniqueOrThrow({ where: { id } })).toMatchObject({ roleId: otherRoleId, name: "Website" });
    expect(await db.recordChange.count({ where: { entityId: id, action: "moved" } })).toBe(1);
    expect(await directEdit(db, fx, [{ kind: "domain.remove", domainId: id }])).toMatchObject({ ok: true });
    expect((await db.domain.findUniqueOrThrow({ where: { id } })).archivedAt).not.toBeNull();
    const kinds = (await db.event.findMany({ where: { subjectId: id } })).map((e) => e.kind).sort();
    expect(kinds).toEqual(["record.domain.added", "record.domain.removed", "record.domain.updated"]);
  });

  it("refuses a domain already held in the circle, and a role of another circle", async () => {
    const fx = await createOrgFixture(db);
    const { circleId, roleId, otherRoleId } = await setup(fx);
    await directEdit(db, fx, [{ kind: "domain.add", circleId, roleId, name: "Site" }]);
    expect(await directEdit(db, fx, [{ kind: "domain.add", circleId, roleId: otherRoleId, name: "SITE" }])).toEqual({
      ok: false, index: 0, reason: "domain_taken", field: "name",
    });
    const elsewhere = refOf(await directEdit(db, fx, [{ kind: "role.create", ref: "g", circleId: fx.generalCircleId, name: "Treasurer" }]), "g");
    expect(await directEdit(db, fx, [{ kind: "domain.add", circleId, roleId: elsewhere, name: "Bank" }])).toEqual({
      ok: false, index: 0, reason: "role_not_in_circle", field: "roleId",
    });
  });
});

describe("policies", () => {
  it("policy.add, policy.update and policy.remove", async () => {
    const fx = await createOrgFixture(db);
    const { circleId } = await setup(fx);
    const id = refOf(await directEdit(db, fx, [{ kind: "policy.add", ref: "p", circleId, title: "Budget", body: "Up to 500 €" }]), "p");
    expect(await directEdit(db, fx, [{ kind: "policy.update", policyId: id, body: "Up to 800 €" }])).toMatchObject({ ok: true });
    expect(await db.policy.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Budget", body: "Up to 800 €" });
    expect(await directEdit(db, fx, [{ kind: "policy.remove", policyId: id }])).toMatchObject({ ok: true });
    expect((await db.policy.findUniqueOrThrow({ where: { id } })).archivedAt).not.toBeNull();
    const actions = (await db.recordChange.findMany({ where: { entityId: id }, orderBy: { occurredAt: "asc" } })).map((c) => c.action);
    expect(actions.sort()).toEqual(["created", "removed", "updated"]);
    expect(await db.event.count({ where: { subjectId: id, kind: { startsWith: "record.policy." } } })).toBe(3);
    expect(await directEdit(db, fx, [{ kind: "policy.update", policyId: id, title: "Again" }])).toMatchObject({ ok: false, reason: "archived" });
  });
});

describe("assignments", () => {
  it("assignment.add, assignment.update and assignment.remove (which ends it)", async () => {
    const fx = await createOrgFixture(db);
    const { roleId } = await setup(fx);
    const now = new Date("2030-03-01T09:00:00Z");
    const add = { kind: "assignment.add", ref: "a", roleId, membershipId: fx.member.membershipId, focus: "Newsletter", termEndsOn: "2030-12-31" };
    const id = refOf(await directEdit(db, fx, [add], now), "a");
    expect(await db.roleAssignment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      focus: "Newsletter", termEndsOn: new Date("2030-12-31T00:00:00Z"), startedAt: now, endedAt: null,
    });
    const created = await db.recordChange.findFirstOrThrow({ where: { entityId: id, action: "created" } });
    expect(created.after).toMatchObject({ termEndsOn: "2030-12-31", membershipId: fx.member.membershipId });
    expect(await directEdit(db, fx, [{ kind: "assignment.update", assignmentId: id, focus: null, termEndsOn: "2031-06-30" }], now)).toMatchObject({ ok: true });
    expect(await db.roleAssignment.findUniqueOrThrow({ where: { id } })).toMatchObject({ focus: null, termEndsOn: new Date("2031-06-30T00:00:00Z") });
    const end = new Date("2030-04-01T09:00:00Z");
    expect(await directEdit(db, fx, [{ kind: "assignment.remove", assignmentId: id }], end)).toMatchObject({ ok: true });
    expect((await db.roleAssignment.findUniqueOrThrow({ where: { id } })).endedAt).toEqual(end);
    const kinds = (await db.event.findMany({ where: { subjectId: id } })).map((e) => e.kind).sort();
    expect(kinds).toEqual(["record.assignment.added", "record.assignment.removed", "record.assignment.updated"]);
  });

  it("refuses a former member, a term in the past, a second assignment, an archived role", async () => {
    const fx = await createOrgFixture(db);
    const { roleId, otherRoleId } = await setup(fx);
    const now = new Date("2030-03-01T09:00:00Z");
    const add = (extra: Record<string, unknown>) => directEdit(db, fx, [{ kind: "assignment.add", roleId, membershipId: fx.member.membershipId, ...extra }], now);
    expect(await add({ membershipId: fx.former.membershipId })).toEqual({ ok: false, index: 0, reason: "member_inactive", field: "membershipId" });
    expect(await add({ termEndsOn: "2030-02-28" })).toEqual({ ok: false, index: 0, reason: "term_in_past", field: "termEndsOn" });
    expect(await add({ termEndsOn: "2030-03-01" })).toMatchObject({ ok: true }); // today is still valid
    expect(await add({})).toEqual({ ok: false, index: 0, reason: "already_assigned", field: "membershipId" });
    await directEdit(db, fx, [{ kind: "role.archive", roleId: otherRoleId }], now);
    expect(await add({ roleId: otherRoleId })).toEqual({ ok: false, index: 0, reason: "archived", field: "roleId" });
  });
});
