import { describe, expect, it } from "vitest";
import { diffChangeSets } from "./change-set-diff";
import { lcsDiff } from "./lcs";
import { hasDifferences, lineDiff } from "./line-diff";

describe("lcsDiff", () => {
  it("keeps the longest common subsequence and marks the rest", () => {
    const ops = lcsDiff(["a", "b", "c", "d"], ["a", "c", "e", "d"]);
    expect(ops.map((op) => `${op.op}:${op.op === "added" ? op.b : op.a}`)).toEqual(["same:a", "removed:b", "same:c", "added:e", "same:d"]);
  });

  it("handles empty sides", () => {
    expect(lcsDiff([], ["x"])).toEqual([{ op: "added", b: "x" }]);
    expect(lcsDiff(["x"], [])).toEqual([{ op: "removed", a: "x" }]);
    expect(lcsDiff([], [])).toEqual([]);
  });
});

describe("lineDiff", () => {
  it("shows a changed line as removed then added, the others unchanged", () => {
    expect(lineDiff("Une\nDeux\nTrois", "Une\nDeux bis\nTrois")).toEqual([
      { kind: "same", text: "Une" },
      { kind: "removed", text: "Deux" },
      { kind: "added", text: "Deux bis" },
      { kind: "same", text: "Trois" },
    ]);
  });

  it("ignores line-ending differences", () => {
    expect(hasDifferences(lineDiff("a\r\nb", "a\nb"))).toBe(false);
    expect(hasDifferences(lineDiff("a", "b"))).toBe(true);
  });

  it("treats an empty text as no lines", () => {
    expect(lineDiff("", "Nouveau")).toEqual([{ kind: "added", text: "Nouveau" }]);
  });
});

describe("diffChangeSets", () => {
  const role = "0190a0a0-0000-7000-8000-000000000001";
  const acc = "0190a0a0-0000-7000-8000-000000000002";
  it("finds added, removed, changed and same changes, whatever the key order", () => {
    const before = [
      { kind: "accountability.add" as const, roleId: role, description: "Tenir les comptes" },
      { kind: "accountability.remove" as const, accountabilityId: acc },
      { kind: "role.update" as const, roleId: role, name: "Trésorerie" },
    ];
    const after = [
      { description: "Tenir les comptes", roleId: role, kind: "accountability.add" as const },
      { kind: "role.update" as const, roleId: role, name: "Trésorerie générale" },
      { kind: "policy.add" as const, circleId: role, title: "Budget" },
    ];
    expect(diffChangeSets(before, after).map((step) => step.kind)).toEqual(["same", "removed", "changed", "added"]);
  });
});
