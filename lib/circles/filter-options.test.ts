import { describe, expect, it } from "vitest";
import { circleFilterOptions, FULL_CIRCLE_LIST_MAX } from "./filter-options";

type C = { id: string; parentId: string | null; depth: number };

/** The general circle, `poles` sub-circles, each with `per` sub-circles, each with one of its own. */
function organisation(poles: number, per: number): C[] {
  const out: C[] = [{ id: "g", parentId: null, depth: 0 }];
  for (let p = 0; p < poles; p++) {
    out.push({ id: `p${p}`, parentId: "g", depth: 1 });
    for (let s = 0; s < per; s++) {
      out.push({ id: `p${p}s${s}`, parentId: `p${p}`, depth: 2 });
      out.push({ id: `p${p}s${s}x`, parentId: `p${p}s${s}`, depth: 3 });
    }
  }
  return out;
}

describe("circleFilterOptions", () => {
  it("lists every circle of a small organisation, in the given order", () => {
    const small = organisation(3, 2);
    expect(small.length).toBeLessThanOrEqual(FULL_CIRCLE_LIST_MAX);
    expect(circleFilterOptions(small, "p1s1x")).toEqual({ options: small, partial: false });
  });

  it("past the limit, keeps the first two levels, in order", () => {
    const large = organisation(12, 8);
    const { options, partial } = circleFilterOptions(large);
    expect(partial).toBe(true);
    expect(options.map((c) => c.id)).toEqual(["g", ...Array.from({ length: 12 }, (_, p) => `p${p}`)]);
  });

  it("past the limit, adds the chosen circle and its ancestors where they stand in the tree", () => {
    const large = organisation(12, 8);
    const ids = circleFilterOptions(large, "p3s2x").options.map((c) => c.id);
    expect(ids.slice(0, 6)).toEqual(["g", "p0", "p1", "p2", "p3", "p3s2"]);
    expect(ids[6]).toBe("p3s2x");
    expect(ids).toHaveLength(13 + 2);
  });

  it("ignores a chosen id it does not know", () => {
    expect(circleFilterOptions(organisation(12, 8), "elsewhere").options).toHaveLength(13);
  });
});
