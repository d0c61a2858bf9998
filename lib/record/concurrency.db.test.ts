// Concurrent sets: the record's rules hold when two sets race, and the database's own constraints
// (the backstop) come back as the record's reasons, never as raw errors.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { refusalFromDbError } from "./db-errors";
import { createOrgFixture, directEdit, recordCounts, refOf } from "./test-fixtures";

describe("concurrent change sets", () => {
  it("two moves that together would make a cycle: exactly one succeeds", async () => {
    const fx = await createOrgFixture(db);
    const result = await directEdit(db, fx, [
      { kind: "circle.create", ref: "a", parentId: fx.generalCircleId, circleKind: "pole", name: "A" },
      { kind: "circle.create", ref: "b", parentId: fx.generalCircleId, circleKind: "pole", name: "B" },
    ]);
    const [a, b] = [refOf(result, "a"), refOf(result, "b")];
    const outcomes = await Promise.all([
      directEdit(db, fx, [{ kind: "circle.move", circleId: a, parentId: b }]),
      directEdit(db, fx, [{ kind: "circle.move", circleId: b, parentId: a }]),
    ]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.find((o) => !o.ok)).toEqual({ ok: false, index: 0, reason: "cycle", field: "parentId" });
    const [rowA, rowB] = await Promise.all([a, b].map((id) => db.circle.findUniqueOrThrow({ where: { id } })));
    expect([rowA!.parentId === b, rowB!.parentId === a].filter(Boolean)).toHaveLength(1);
  });

  it("two creations of the same role name in a circle: one succeeds, one is name_taken", async () => {
    const fx = await createOrgFixture(db);
    const create = (name: string) => directEdit(db, fx, [{ kind: "role.create", circleId: fx.generalCircleId, name }]);
    const outcomes = await Promise.all([create("Trésorerie"), create("trésorerie")]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.find((o) => !o.ok)).toEqual({ ok: false, index: 0, reason: "name_taken", field: "name" });
    expect(await db.role.count({ where: { organizationId: fx.organizationId } })).toBe(1);
    expect((await recordCounts(db, fx.organizationId)).changes).toBe(1);
  });
});

describe("database constraint violations", () => {
  async function violation(run: () => Promise<unknown>): Promise<unknown> {
    try {
      await run();
    } catch (error) {
      return error;
    }
    throw new Error("expected the database to refuse");
  }

  it("become the record's reasons", async () => {
    const fx = await createOrgFixture(db);
    const { organizationId, generalCircleId: parentId } = fx;
    const a = await db.circle.create({ data: { organizationId, parentId, kind: "pole", name: "Same" } });
    const duplicate = await violation(() => db.circle.create({ data: { organizationId, parentId, kind: "pole", name: "SAME" } }));
    expect(refusalFromDbError(duplicate)).toEqual({ reason: "name_taken", field: "name" });
    const b = await db.circle.create({ data: { organizationId, parentId: a.id, kind: "pole", name: "Child" } });
    const cycle = await violation(() => db.circle.update({ where: { id: a.id }, data: { parentId: b.id } }));
    expect(refusalFromDbError(cycle)).toEqual({ reason: "cycle", field: "parentId" });
    await db.domain.create({ data: { organizationId, circleId: a.id, name: "Budget" } });
    const domain = await violation(() => db.domain.create({ data: { organizationId, circleId: a.id, name: "budget" } }));
    expect(refusalFromDbError(domain)).toEqual({ reason: "domain_taken", field: "name" });
    await db.role.create({ data: { organizationId, circleId: a.id, name: "Lead", coreRole: "lead_link" } });
    const core = await violation(() => db.role.create({ data: { organizationId, circleId: a.id, name: "Lead 2", coreRole: "lead_link" } }));
    expect(refusalFromDbError(core)).toEqual({ reason: "core_role", field: "roleId" });
    const blank = await violation(() => db.role.create({ data: { organizationId, circleId: a.id, name: "   " } }));
    expect(refusalFromDbError(blank)).toEqual({ reason: "invalid" });
    expect(refusalFromDbError(new Error("not a database error"))).toBeNull();
  });
});
