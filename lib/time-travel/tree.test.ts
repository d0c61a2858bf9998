import { describe, expect, it } from "vitest";
import { aroundOpenCircle, type CircleNode } from "./tree";

const node = (id: string, parentId: string | null, depth: number): CircleNode => ({ id, parentId, name: id, kind: "pole", depth });
// g ─ a ─ a1 ─ a11 ─ a111
//   │        └ a12
//   └ b ─ b1 ─ b11
const tree = [
  node("g", null, 0), node("a", "g", 1), node("a1", "a", 2), node("a11", "a1", 3), node("a111", "a11", 4), node("a12", "a1", 3),
  node("b", "g", 1), node("b1", "b", 2), node("b11", "b1", 3),
];

describe("aroundOpenCircle", () => {
  it("keeps the first two levels, the path to the open circle, its siblings and children", () => {
    expect(aroundOpenCircle(tree, "a11").map((n) => n.id)).toEqual(["g", "a", "a1", "a11", "a111", "a12", "b"]);
  });

  it("shows only the first levels when the general circle is open", () => {
    expect(aroundOpenCircle(tree, "g").map((n) => n.id)).toEqual(["g", "a", "b"]);
  });
});
