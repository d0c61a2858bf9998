import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { applyChanges } from "./apply";
import { createOrgFixture, directEdit, recordCounts, refOf } from "./test-fixtures";

const pole = (name: string, parentId: string, ref?: string) => ({ kind: "circle.create", ref, parentId, circleKind: "pole", name, purpose: `Purpose of ${name}` });

describe("circle.create", () => {
  it("creates the circle with its four core roles, default settings, no members, and records it", async () => {
    const fx = await createOrgFixture(db);
    const result = await directEdit(db, fx, [pole("Communication", fx.generalCircleId, "c")]);
    const id = refOf(result, "c");
    const circle = await db.circle.findUniqueOrThrow({ where: { id }, include: { roles: true, settings: true, members: true } });
    expect(circle).toMatchObject({ parentId: fx.generalCircleId, kind: "pole", name: "Communication", version: 1 });
    expect(circle.roles.map((r) => [r.coreRole, r.name]).sort()).toEqual([
      ["facilitator", "Facilitation"], ["lead_link", "Premier lien"], ["rep_link", "Second lien"], ["secretary", "Secrétariat"],
    ]);
    expect(circle.settings).toMatchObject({ preset: "holacracy", reviewPeriodDays: 180 });
    expect(circle.members).toEqual([]);
    const changes = await db.recordChange.findMany({ where: { organizationId: fx.organizationId } });
    expect(changes.map((c) => `${c.entity}:${c.action}`).sort()).toEqual([
      "circle:created", "role:created", "role:created", "role:created", "role:created", "settings:created",
    ]);
    const created = changes.find((c) => c.entity === "circle")!;
    expect(created).toMatchObject({ entityId: id, circleId: id, before: null, actorId: fx.admin.userId, isDirectEdit: true, decisionId: null });
    expect(created.after).toMatchObject({ id, name: "Communication", parentId: fx.generalCircleId, kind: "pole" });
    const events = await db.event.findMany({ where: { organizationId: fx.organizationId } });
    expect(events).toMatchObject([{ kind: "record.circle.created", circleId: id, subjectId: id, actorId: fx.admin.userId }]);
  });

  it("takes the core role names from the caller", async () => {
    const fx = await createOrgFixture(db);
    const names = { lead_link: "Lead link", rep_link: "Rep link", facilitator: "Facilitator", secretary: "Secretary" };
    const result = await applyChanges(db, {
      organizationId: fx.organizationId, actorUserId: fx.admin.userId, isDirectEdit: true, coreRoleNames: names,
      changes: [pole("Ops", fx.generalCircleId, "c")],
    });
    const roles = await db.role.findMany({ where: { circleId: refOf(result, "c") }, select: { name: true } });
    expect(roles.map((r) => r.name).sort()).toEqual(["Facilitator", "Lead link", "Rep link", "Secretary"]);
  });

  it("refuses a sibling name already used, whatever its case, and writes nothing", async () => {
    const fx = await createOrgFixture(db);
    await directEdit(db, fx, [pole("Communication", fx.generalCircleId)]);
    const before = await recordCounts(db, fx.organizationId);
    const result = await directEdit(db, fx, [pole("  COMMUNICATION ", fx.generalCircleId)]);
    expect(result).toEqual({ ok: false, index: 0, reason: "name_taken", field: "name" });
    expect(await recordCounts(db, fx.organizationId)).toEqual(before);
  });

  it("refuses a general kind (schema) and an archived parent", async () => {
    const fx = await createOrgFixture(db);
    const general = await directEdit(db, fx, [{ ...pole("X", fx.generalCircleId), circleKind: "general" }]);
    expect(general).toMatchObject({ ok: false, index: 0, reason: "invalid", field: "circleKind" });
    const parent = refOf(await directEdit(db, fx, [pole("Old", fx.generalCircleId, "p")]), "p");
    await directEdit(db, fx, [{ kind: "circle.archive", circleId: parent }]);
    expect(await directEdit(db, fx, [pole("Child", parent)])).toMatchObject({ ok: false, reason: "archived", field: "parentId" });
  });
});

describe("circle.update", () => {
  it("renames, bumps the version and records before/after", async () => {
    const fx = await createOrgFixture(db);
    const id = refOf(await directEdit(db, fx, [pole("Com", fx.generalCircleId, "c")]), "c");
    const result = await directEdit(db, fx, [{ kind: "circle.update", circleId: id, name: "Communication", circleKind: "project", expectedVersion: 1 }]);
    expect(result).toEqual({ ok: true, refs: {} });
    expect(await db.circle.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Communication", kind: "project", version: 2 });
    const change = await db.recordChange.findFirstOrThrow({ where: { entityId: id, action: "updated" } });
    expect(change.before).toMatchObject({ name: "Com", version: 1 });
    expect(change.after).toMatchObject({ name: "Communication", version: 2 });
    expect(await db.event.count({ where: { organizationId: fx.organizationId, kind: "record.circle.updated", subjectId: id } })).toBe(1);
  });

  it("refuses to change the general circle's kind", async () => {
    const fx = await createOrgFixture(db);
    const result = await directEdit(db, fx, [{ kind: "circle.update", circleId: fx.generalCircleId, circleKind: "pole" }]);
    expect(result).toEqual({ ok: false, index: 0, reason: "general_circle", field: "circleKind" });
  });
});

describe("circle.move", () => {
  it("moves a circle with its roles", async () => {
    const fx = await createOrgFixture(db);
    const result = await directEdit(db, fx, [pole("A", fx.generalCircleId, "a"), pole("B", fx.generalCircleId, "b")]);
    const [a, b] = [refOf(result, "a"), refOf(result, "b")];
    expect(await directEdit(db, fx, [{ kind: "circle.move", circleId: b, parentId: a }])).toEqual({ ok: true, refs: {} });
    expect(await db.circle.findUniqueOrThrow({ where: { id: b } })).toMatchObject({ parentId: a });
    expect(await db.role.count({ where: { circleId: b, archivedAt: null } })).toBe(4);
    expect(await db.recordChange.count({ where: { entityId: b, action: "moved" } })).toBe(1);
    expect(await db.event.count({ where: { subjectId: b, kind: "record.circle.moved" } })).toBe(1);
  });

  it("refuses a move under its own descendant (cycle) and writes nothing", async () => {
    const fx = await createOrgFixture(db);
    const result = await directEdit(db, fx, [pole("A", fx.generalCircleId, "a"), pole("B", "ref:a", "b"), pole("C", "ref:b", "c")]);
    const before = await recordCounts(db, fx.organizationId);
    const refused = await directEdit(db, fx, [{ kind: "circle.move", circleId: refOf(result, "a"), parentId: refOf(result, "c") }]);
    expect(refused).toEqual({ ok: false, index: 0, reason: "cycle", field: "parentId" });
    const self = await directEdit(db, fx, [{ kind: "circle.move", circleId: refOf(result, "a"), parentId: refOf(result, "a") }]);
    expect(self).toMatchObject({ ok: false, reason: "cycle" });
    expect(await recordCounts(db, fx.organizationId)).toEqual(before);
  });

  it("refuses to move the general circle, and a name taken under the new parent", async () => {
    const fx = await createOrgFixture(db);
    const result = await directEdit(db, fx, [pole("A", fx.generalCircleId, "a"), pole("X", "ref:a", "x"), pole("x", fx.generalCircleId, "x2")]);
    expect(await directEdit(db, fx, [{ kind: "circle.move", circleId: fx.generalCircleId, parentId: refOf(result, "a") }])).toMatchObject({
      ok: false, reason: "general_circle",
    });
    expect(await directEdit(db, fx, [{ kind: "circle.move", circleId: refOf(result, "x2"), parentId: refOf(result, "a") }])).toMatchObject({
      ok: false, reason: "name_taken",
    });
  });
});

describe("circle.archive", () => {
  it("archives the circle and its roles, ends their assignments, keeps every row", async () => {
    const fx = await createOrgFixture(db);
    const result = await directEdit(db, fx, [
      pole("A", fx.generalCircleId, "a"),
      { kind: "role.create", ref: "r", circleId: "ref:a", name: "Webmaster", domains: [{ name: "Site" }] },
      { kind: "assignment.add", ref: "as", roleId: "ref:r", membershipId: fx.member.membershipId },
      { kind: "policy.add", circleId: "ref:a", title: "Budget" },
    ]);
    const a = refOf(result, "a");
    const now = new Date("2030-01-01T10:00:00Z");
    expect(await directEdit(db, fx, [{ kind: "circle.archive", circleId: a }], now)).toEqual({ ok: true, refs: {} });
    expect((await db.circle.findUniqueOrThrow({ where: { id: a } })).archivedAt).toEqual(now);
    expect(await db.role.count({ where: { circleId: a, archivedAt: now } })).toBe(5);
    expect(await db.roleAssignment.findUniqueOrThrow({ where: { id: refOf(result, "as") } })).toMatchObject({ endedAt: now });
    expect(await db.domain.count({ where: { circleId: a, archivedAt: null } })).toBe(0);
    expect(await db.policy.count({ where: { circleId: a, archivedAt: null } })).toBe(0);
    const actions = await db.recordChange.findMany({ where: { organizationId: fx.organizationId, occurredAt: now }, select: { entity: true, action: true } });
    expect(actions.filter((c) => c.entity === "role" && c.action === "archived")).toHaveLength(5);
    expect(actions).toContainEqual({ entity: "assignment", action: "removed" });
    expect(actions).toContainEqual({ entity: "circle", action: "archived" });
  });

  it("refuses a circle with active sub-circles, and the general circle", async () => {
    const fx = await createOrgFixture(db);
    const result = await directEdit(db, fx, [pole("A", fx.generalCircleId, "a"), pole("B", "ref:a")]);
    expect(await directEdit(db, fx, [{ kind: "circle.archive", circleId: refOf(result, "a") }])).toEqual({
      ok: false, index: 0, reason: "has_active_children", field: "circleId",
    });
    expect(await directEdit(db, fx, [{ kind: "circle.archive", circleId: fx.generalCircleId }])).toMatchObject({ ok: false, reason: "general_circle" });
  });
});
