import { describe, expect, it } from "vitest";
import { fieldChanges } from "./diff";

describe("fieldChanges", () => {
  it("lists the shown fields that differ, in a stable order", () => {
    const before = { id: "x", version: 1, name: "Com", purpose: "", updatedAt: "2030-01-01T00:00:00.000Z", parentId: "p1" };
    const after = { id: "x", version: 2, name: "Communication", purpose: "Faire savoir", updatedAt: "2030-02-01T00:00:00.000Z", parentId: "p2" };
    expect(fieldChanges(before, after)).toEqual([
      { field: "name", before: "Com", after: "Communication" },
      { field: "parentId", before: "p1", after: "p2" },
      { field: "purpose", before: null, after: "Faire savoir" },
    ]);
  });

  it("shows a creation as its initial values, without empty ones nor its first position", () => {
    expect(fieldChanges(null, { name: "Web", purpose: "", circleId: "c", position: 0, coreRole: null })).toEqual([
      { field: "name", before: null, after: "Web" },
      { field: "circleId", before: null, after: "c" },
    ]);
  });

  it("shows a removal by its end, and a reorder by its position", () => {
    expect(fieldChanges({ description: "Publier", archivedAt: null }, { description: "Publier", archivedAt: "2030-03-01T12:00:00.000Z" })).toEqual([
      { field: "archivedAt", before: null, after: "2030-03-01T12:00:00.000Z" },
    ]);
    expect(fieldChanges({ position: 0 }, { position: 2 })).toEqual([{ field: "position", before: "0", after: "2" }]);
  });

  it("reads malformed snapshots as empty", () => {
    expect(fieldChanges("oops", [1, 2])).toEqual([]);
    expect(fieldChanges(undefined, { focus: { odd: true } })).toEqual([{ field: "focus", before: null, after: '{"odd":true}' }]);
  });
});
