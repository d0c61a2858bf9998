import { describe, expect, it } from "vitest";
import type { Change } from "./changes";
import { checkRefs, insertionPosition, isFullReordering, isNameTaken, isTermInPast, wouldCreateCycle } from "./rules";

describe("wouldCreateCycle", () => {
  // root ─ a ─ b ─ c ; root ─ d
  const tree = new Map<string, string | null>([["root", null], ["a", "root"], ["b", "a"], ["c", "b"], ["d", "root"]]);
  it("refuses a move under the circle itself or any descendant", () => {
    expect(wouldCreateCycle(tree, "a", "a")).toBe(true);
    expect(wouldCreateCycle(tree, "a", "c")).toBe(true);
    expect(wouldCreateCycle(tree, "b", "c")).toBe(true);
  });
  it("allows a move elsewhere", () => {
    expect(wouldCreateCycle(tree, "c", "d")).toBe(false);
    expect(wouldCreateCycle(tree, "b", "root")).toBe(false);
  });
  it("stops on a loop already present", () => {
    expect(wouldCreateCycle(new Map([["x", "y"], ["y", "x"]]), "z", "x")).toBe(true);
  });
});

describe("names", () => {
  it("compare case-insensitively and trimmed, ignoring the entity itself", () => {
    const siblings = [{ id: "1", name: "Communication" }];
    expect(isNameTaken(" COMMUNICATION ", siblings)).toBe(true);
    expect(isNameTaken("Communication", siblings, "1")).toBe(false);
    expect(isNameTaken("Comptabilité", siblings)).toBe(false);
  });
});

describe("isTermInPast", () => {
  const now = new Date("2030-03-01T23:30:00Z");
  it("accepts today and later, refuses earlier days", () => {
    expect(isTermInPast("2030-03-01", now)).toBe(false);
    expect(isTermInPast("2031-01-01", now)).toBe(false);
    expect(isTermInPast("2030-02-28", now)).toBe(true);
  });
});

describe("isFullReordering", () => {
  it("needs every id exactly once", () => {
    expect(isFullReordering(["a", "b", "c"], ["c", "a", "b"])).toBe(true);
    expect(isFullReordering(["a", "b", "c"], ["c", "a"])).toBe(false);
    expect(isFullReordering(["a", "b"], ["a", "a"])).toBe(false);
    expect(isFullReordering(["a", "b"], ["a", "x"])).toBe(false);
  });
});

describe("insertionPosition", () => {
  it("appends by default and clamps", () => {
    expect(insertionPosition(3)).toBe(3);
    expect(insertionPosition(3, 1)).toBe(1);
    expect(insertionPosition(3, 10)).toBe(3);
  });
});

describe("checkRefs", () => {
  const id = "0190a8e4-7f4b-7c3e-8b1a-2f6d5e4c3b2a";
  const circle = (ref: string, parentId = id) => ({ kind: "circle.create", ref, parentId, circleKind: "pole", name: ref, purpose: "" }) as Change;
  it("accepts refs defined earlier", () => {
    expect(checkRefs([circle("a"), circle("b", "ref:a")])).toBeNull();
  });
  it("refuses refs used before their definition, unknown or repeated", () => {
    expect(checkRefs([circle("b", "ref:a"), circle("a")])).toEqual({ index: 0, reason: "unknown_ref", field: "parentId" });
    expect(checkRefs([circle("a"), circle("a")])).toEqual({ index: 1, reason: "duplicate_ref", field: "ref" });
    const reorder = { kind: "accountability.reorder", roleId: id, accountabilityIds: [id, "ref:x"] } as Change;
    expect(checkRefs([reorder])).toEqual({ index: 0, reason: "unknown_ref", field: "accountabilityIds" });
  });
});
