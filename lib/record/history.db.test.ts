// History and time travel, with the instants of each set controlled through `now`.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { changesBetween, entityHistory, recordAt } from "./history";
import { createOrgFixture, directEdit, refOf } from "./test-fixtures";

const at = (day: string) => new Date(`${day}T12:00:00.000Z`);

async function story() {
  const fx = await createOrgFixture(db, { createdAt: at("2029-06-01") });
  const created = await directEdit(db, fx, [
    { kind: "circle.create", ref: "c", parentId: fx.generalCircleId, circleKind: "pole", name: "Com" },
    { kind: "role.create", ref: "r", circleId: "ref:c", name: "Web", accountabilities: ["Publish"] },
  ], at("2030-01-01"));
  const circleId = refOf(created, "c");
  const roleId = refOf(created, "r");
  expect(await directEdit(db, fx, [
    { kind: "circle.update", circleId, name: "Communication" },
    { kind: "role.update", roleId, name: "Website" },
    { kind: "circle.update", circleId: fx.generalCircleId, name: "Coopérative" },
  ], at("2030-02-01"))).toMatchObject({ ok: true });
  expect(await directEdit(db, fx, [{ kind: "role.archive", roleId }], at("2030-03-01"))).toMatchObject({ ok: true });
  expect(await directEdit(db, fx, [{ kind: "circle.archive", circleId }], at("2030-04-01"))).toMatchObject({ ok: true });
  return { fx, circleId, roleId };
}

const names = (items: { name: string }[]) => items.map((item) => item.name).sort();

describe("recordAt", () => {
  it("rebuilds the record as it stood before, between and after the changes", async () => {
    const { fx, roleId } = await story();
    const org = fx.organizationId;
    const before = await recordAt(db, org, at("2029-12-31"));
    expect(names(before.circles)).toEqual(["Cercle général"]);
    expect(before.roles).toEqual([]);
    expect(await recordAt(db, org, at("2029-01-01"))).toMatchObject({ circles: [] });

    const created = await recordAt(db, org, at("2030-01-15"));
    expect(names(created.circles)).toEqual(["Cercle général", "Com"]);
    expect(names(created.roles)).toEqual(["Facilitation", "Premier lien", "Second lien", "Secrétariat", "Web"]);
    expect(created.accountabilities).toMatchObject([{ roleId, description: "Publish", position: 0 }]);

    const renamed = await recordAt(db, org, at("2030-02-15"));
    expect(names(renamed.circles)).toEqual(["Communication", "Coopérative"]);
    expect(names(renamed.roles)).toContain("Website");

    const roleArchived = await recordAt(db, org, at("2030-03-15"));
    expect(names(roleArchived.roles)).toEqual(["Facilitation", "Premier lien", "Second lien", "Secrétariat"]);
    expect(roleArchived.accountabilities).toEqual([]);

    const after = await recordAt(db, org, at("2030-04-15"));
    expect(names(after.circles)).toEqual(["Coopérative"]);
    expect(after.roles).toEqual([]);
  });

  it("takes the last of several changes to one entity made in the same set", async () => {
    const fx = await createOrgFixture(db);
    const now = at("2030-06-01");
    const result = await directEdit(db, fx, [
      { kind: "circle.create", ref: "c", parentId: fx.generalCircleId, circleKind: "group", name: "First" },
      { kind: "circle.update", circleId: "ref:c", name: "Second" },
      { kind: "circle.update", circleId: "ref:c", name: "Third" },
    ], now);
    const state = await recordAt(db, fx.organizationId, now);
    expect(state.circles.find((c) => c.id === refOf(result, "c"))).toMatchObject({ name: "Third", kind: "group" });
  });

  it("never shows another organisation's record", async () => {
    const { fx } = await story();
    const other = await createOrgFixture(db, { createdAt: at("2029-06-01") });
    const state = await recordAt(db, other.organizationId, at("2030-02-15"));
    expect(names(state.circles)).toEqual(["Cercle général"]);
    expect(state.circles[0]!.id).toBe(other.generalCircleId);
    expect(state.circles.map((c) => c.id)).not.toContain(fx.generalCircleId);
  });
});

describe("entityHistory", () => {
  it("lists an entity's changes newest first, with actor and decision, paginated", async () => {
    const { fx, roleId } = await story();
    const first = await entityHistory(db, fx.organizationId, "role", roleId, { take: 2 });
    expect(first.items.map((item) => item.action)).toEqual(["archived", "updated"]);
    expect(first.items[0]).toMatchObject({ actorId: fx.admin.userId, decisionId: null, isDirectEdit: true, occurredAt: at("2030-03-01") });
    expect(first.nextCursor).toBe(first.items[1]!.id);
    const second = await entityHistory(db, fx.organizationId, "role", roleId, { take: 2, cursor: first.nextCursor! });
    expect(second.items.map((item) => item.action)).toEqual(["created"]);
    expect(second.items[0]!.after).toMatchObject({ name: "Web" });
    expect(second.nextCursor).toBeNull();
    const other = await createOrgFixture(db);
    expect((await entityHistory(db, other.organizationId, "role", roleId)).items).toEqual([]);
  });
});

describe("changesBetween", () => {
  it("lists what was created, changed and archived in a period, marked as direct edits", async () => {
    const { fx, circleId, roleId } = await story();
    const creations = await changesBetween(db, fx.organizationId, at("2029-12-31"), at("2030-01-01"));
    expect(creations.items.every((item) => item.change === "created" && item.isDirectEdit && item.decisionId === null)).toBe(true);
    expect(creations.items.map((item) => item.label)).toEqual(expect.arrayContaining(["Com", "Web", "Publish"]));

    const period = await changesBetween(db, fx.organizationId, at("2030-01-15"), at("2030-03-15"));
    const summary = period.items.map((item) => [item.entity, item.entityId, item.change, item.label]);
    expect(summary).toEqual(expect.arrayContaining([
      ["circle", circleId, "changed", "Communication"],
      ["role", roleId, "changed", "Website"],
      ["role", roleId, "archived", "Website"],
      ["circle", fx.generalCircleId, "changed", "Coopérative"],
    ]));
    expect(period.items).toHaveLength(4);
    expect(period.items[0]).toMatchObject({ entityId: roleId, change: "archived" }); // newest first

    const paged = await changesBetween(db, fx.organizationId, at("2030-01-15"), at("2030-03-15"), { take: 3 });
    const rest = await changesBetween(db, fx.organizationId, at("2030-01-15"), at("2030-03-15"), { take: 3, cursor: paged.nextCursor! });
    expect([...paged.items, ...rest.items].map((item) => item.id)).toEqual(period.items.map((item) => item.id));
  });
});
