import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createOrgFixture, directEdit, recordCounts, refOf, type OrgFixture } from "./test-fixtures";

async function circleWithRole(fx: OrgFixture) {
  const result = await directEdit(db, fx, [
    { kind: "circle.create", ref: "c", parentId: fx.generalCircleId, circleKind: "pole", name: "Com" },
    { kind: "role.create", ref: "r", circleId: "ref:c", name: "Webmaster", purpose: "A site", accountabilities: ["Publish", "Fix"], domains: [{ name: "Site", description: "The website" }] },
  ]);
  return { circleId: refOf(result, "c"), roleId: refOf(result, "r") };
}

describe("role.create", () => {
  it("creates the role with its accountabilities and domains, each recorded as created", async () => {
    const fx = await createOrgFixture(db);
    const { circleId, roleId } = await circleWithRole(fx);
    expect(await db.role.findUniqueOrThrow({ where: { id: roleId } })).toMatchObject({ circleId, name: "Webmaster", purpose: "A site", coreRole: null });
    const accountabilities = await db.accountability.findMany({ where: { roleId }, orderBy: { position: "asc" } });
    expect(accountabilities.map((a) => [a.description, a.position])).toEqual([["Publish", 0], ["Fix", 1]]);
    expect(await db.domain.findFirst({ where: { roleId } })).toMatchObject({ circleId, name: "Site" });
    const changes = await db.recordChange.findMany({ where: { organizationId: fx.organizationId, roleId, action: "created" } });
    expect(changes.map((c) => c.entity).sort()).toEqual(["accountability", "accountability", "domain", "role"]);
    expect(await db.event.count({ where: { subjectId: roleId, kind: "record.role.created", circleId } })).toBe(1);
  });

  it("refuses a name used by an active role of the circle (any case), and a domain already held", async () => {
    const fx = await createOrgFixture(db);
    const { circleId } = await circleWithRole(fx);
    const before = await recordCounts(db, fx.organizationId);
    expect(await directEdit(db, fx, [{ kind: "role.create", circleId, name: "WEBMASTER" }])).toEqual({ ok: false, index: 0, reason: "name_taken", field: "name" });
    expect(await directEdit(db, fx, [{ kind: "role.create", circleId, name: "Other", domains: [{ name: "site" }] }])).toEqual({
      ok: false, index: 0, reason: "domain_taken", field: "domains",
    });
    expect(await recordCounts(db, fx.organizationId)).toEqual(before);
  });

  it("allows the name of an archived role again", async () => {
    const fx = await createOrgFixture(db);
    const { circleId, roleId } = await circleWithRole(fx);
    await directEdit(db, fx, [{ kind: "role.archive", roleId }]);
    expect(await directEdit(db, fx, [{ kind: "role.create", circleId, name: "Webmaster" }])).toMatchObject({ ok: true });
  });
});

describe("role.update", () => {
  it("renames and records it", async () => {
    const fx = await createOrgFixture(db);
    const { roleId } = await circleWithRole(fx);
    expect(await directEdit(db, fx, [{ kind: "role.update", roleId, name: "Web", purpose: "Sites", expectedVersion: 1 }])).toEqual({ ok: true, refs: {} });
    expect(await db.role.findUniqueOrThrow({ where: { id: roleId } })).toMatchObject({ name: "Web", purpose: "Sites", version: 2 });
    const change = await db.recordChange.findFirstOrThrow({ where: { entityId: roleId, action: "updated" } });
    expect([change.before, change.after]).toMatchObject([{ name: "Webmaster" }, { name: "Web" }]);
    expect(await db.event.count({ where: { subjectId: roleId, kind: "record.role.updated" } })).toBe(1);
  });
});

describe("role.move", () => {
  it("moves the role to another circle with its domains", async () => {
    const fx = await createOrgFixture(db);
    const { roleId } = await circleWithRole(fx);
    const target = refOf(await directEdit(db, fx, [{ kind: "circle.create", ref: "t", parentId: fx.generalCircleId, circleKind: "project", name: "Site" }]), "t");
    expect(await directEdit(db, fx, [{ kind: "role.move", roleId, circleId: target }])).toEqual({ ok: true, refs: {} });
    expect(await db.role.findUniqueOrThrow({ where: { id: roleId } })).toMatchObject({ circleId: target });
    expect(await db.domain.findFirstOrThrow({ where: { roleId } })).toMatchObject({ circleId: target });
    expect(await db.recordChange.count({ where: { entityId: roleId, action: "moved", circleId: target } })).toBe(1);
    expect(await db.event.count({ where: { subjectId: roleId, kind: "record.role.moved" } })).toBe(1);
  });

  it("refuses to move a core role, and to a circle where the name is taken", async () => {
    const fx = await createOrgFixture(db);
    const { circleId, roleId } = await circleWithRole(fx);
    const lead = await db.role.findFirstOrThrow({ where: { circleId, coreRole: "lead_link" } });
    const result = await directEdit(db, fx, [
      { kind: "circle.create", ref: "t", parentId: fx.generalCircleId, circleKind: "project", name: "Site" },
      { kind: "role.create", circleId: "ref:t", name: "webmaster" },
    ]);
    const target = refOf(result, "t");
    expect(await directEdit(db, fx, [{ kind: "role.move", roleId: lead.id, circleId: target }])).toEqual({ ok: false, index: 0, reason: "core_role", field: "roleId" });
    expect(await directEdit(db, fx, [{ kind: "role.move", roleId, circleId: target }])).toMatchObject({ ok: false, reason: "name_taken" });
  });
});

describe("role.archive", () => {
  it("archives the role, ends its assignments and gives its domains back to the circle", async () => {
    const fx = await createOrgFixture(db);
    const { circleId, roleId } = await circleWithRole(fx);
    const assignment = refOf(await directEdit(db, fx, [{ kind: "assignment.add", ref: "a", roleId, membershipId: fx.member.membershipId }]), "a");
    const now = new Date("2031-05-05T12:00:00Z");
    expect(await directEdit(db, fx, [{ kind: "role.archive", roleId }], now)).toEqual({ ok: true, refs: {} });
    expect((await db.role.findUniqueOrThrow({ where: { id: roleId } })).archivedAt).toEqual(now);
    expect((await db.roleAssignment.findUniqueOrThrow({ where: { id: assignment } })).endedAt).toEqual(now);
    expect(await db.domain.findFirstOrThrow({ where: { circleId, name: "Site" } })).toMatchObject({ roleId: null, archivedAt: null });
    expect(await db.recordChange.count({ where: { entityId: roleId, action: "archived" } })).toBe(1);
    expect(await db.recordChange.count({ where: { entityId: assignment, action: "removed" } })).toBe(1);
    expect(await db.event.count({ where: { subjectId: roleId, kind: "record.role.archived" } })).toBe(1);
  });

  it("refuses to archive a core role while its circle exists", async () => {
    const fx = await createOrgFixture(db);
    const { circleId } = await circleWithRole(fx);
    const facilitator = await db.role.findFirstOrThrow({ where: { circleId, coreRole: "facilitator" } });
    expect(await directEdit(db, fx, [{ kind: "role.archive", roleId: facilitator.id }])).toEqual({ ok: false, index: 0, reason: "core_role", field: "roleId" });
  });
});
