import { describe, expect, it } from "vitest";
import { monotonicUuidV7 } from "./ids";
import { buildRecordState, type LatestRow } from "./snapshot-state";

const row = (entity: string, entityId: string, after: Record<string, unknown> | null, extra: Partial<LatestRow> = {}): LatestRow => ({
  entity, entityId, action: "created", circleId: null, roleId: null, after, ...extra,
});

describe("buildRecordState", () => {
  it("drops archived, removed and ended entities, and what hangs from them", () => {
    const state = buildRecordState([
      row("circle", "g", { parentId: null, kind: "general", name: "G" }),
      row("circle", "a", { parentId: "g", kind: "pole", name: "A", archivedAt: "2030-01-01T00:00:00.000Z" }, { action: "archived" }),
      row("circle", "b", { parentId: "a", kind: "pole", name: "B" }),
      row("role", "r1", { circleId: "g", name: "Kept" }),
      row("role", "r2", { circleId: "b", name: "Orphan" }),
      row("accountability", "x", { roleId: "r2", description: "Gone", position: 0 }),
      row("assignment", "s1", { roleId: "r1", membershipId: "m", endedAt: "2030-01-01T00:00:00.000Z" }),
      row("assignment", "s2", null, { action: "removed" }),
    ]);
    expect(state.circles.map((c) => c.id)).toEqual(["g"]);
    expect(state.roles.map((r) => r.id)).toEqual(["r1"]);
    expect(state.accountabilities).toEqual([]);
    expect(state.assignments).toEqual([]);
  });

  it("reads partial snapshots, taking links from the row's columns", () => {
    const state = buildRecordState([
      row("circle", "g", { parentId: null, kind: "general", name: "G" }),
      row("role", "r", { name: "R", purpose: "P", coreRole: null }, { circleId: "g", roleId: "r" }),
      row("domain", "d", { name: "D" }, { circleId: "g", roleId: "r" }),
    ]);
    expect(state.roles).toEqual([{ id: "r", circleId: "g", name: "R", purpose: "P", coreRole: null }]);
    expect(state.domains).toEqual([{ id: "d", circleId: "g", roleId: "r", name: "D", description: "" }]);
  });
});

describe("monotonicUuidV7", () => {
  it("produces valid, strictly increasing v7 ids", () => {
    const ids = Array.from({ length: 5000 }, () => monotonicUuidV7());
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
