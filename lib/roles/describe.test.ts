import { describe, expect, it } from "vitest";
import { describeChange, membershipIdOf } from "./describe";

describe("describeChange", () => {
  it("names what was created", () => {
    expect(describeChange({ entity: "accountability", action: "created", before: null, after: { description: "Animer la communauté" } }))
      .toEqual({ key: "accountability.created", label: "Animer la communauté", fields: [] });
  });

  it("lists the shown fields an update changed, with their old and new values", () => {
    const before = { name: "Trésorerie", purpose: "Tenir les comptes", version: 1 };
    const after = { name: "Trésorerie", purpose: "", version: 2 };
    expect(describeChange({ entity: "role", action: "updated", before, after })).toEqual({
      key: "role.updated", label: "Trésorerie", fields: [{ field: "purpose", before: "Tenir les comptes", after: null }],
    });
  });

  it("shows a term end change of an assignment", () => {
    const result = describeChange({ entity: "assignment", action: "updated", before: { termEndsOn: null, focus: "x" }, after: { termEndsOn: "2026-06-30", focus: "x" } });
    expect(result.fields).toEqual([{ field: "termEndsOn", before: null, after: "2026-06-30" }]);
  });

  it("labels a removal from the state before it", () => {
    expect(describeChange({ entity: "domain", action: "removed", before: { name: "Local" }, after: null }).label).toBe("Local");
    const move = { entity: "domain" as const, action: "moved" as const, before: { name: "Local", roleId: "r1" }, after: { name: "Local", roleId: "r2" } };
    expect(describeChange(move, "r1").key).toBe("domain.movedAway");
    expect(describeChange(move, "r2").key).toBe("domain.moved");
    expect(describeChange(move).key).toBe("domain.moved");
  });

  it("falls back to a generic sentence for an unexpected pair", () => {
    expect(describeChange({ entity: "policy", action: "created", before: null, after: { title: "Règle" } }).key).toBe("other");
  });
});

describe("membershipIdOf", () => {
  it("reads the member of an assignment only", () => {
    expect(membershipIdOf({ entity: "assignment", before: null, after: { membershipId: "m1" } })).toBe("m1");
    expect(membershipIdOf({ entity: "role", before: null, after: { membershipId: "m1" } })).toBeUndefined();
  });
});
