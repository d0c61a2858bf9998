import { describe, expect, it } from "vitest";
import { ancestorsOf, buildCircleTree, flattenTree, mapInput, type CircleRow } from "./tree";

const rows: CircleRow[] = [
  { id: "c", parentId: "g", name: "Zèbre", kind: "pole", roleCount: 2 },
  { id: "g", parentId: null, name: "Cercle général", kind: "general", roleCount: 4 },
  { id: "b", parentId: "g", name: "atelier", kind: "pole", roleCount: 1 },
  { id: "b1", parentId: "b", name: "Projet", kind: "project", roleCount: 3 },
  { id: "b11", parentId: "b1", name: "Groupe", kind: "group", roleCount: 2 },
  { id: "b111", parentId: "b11", name: "Sous-groupe", kind: "group", roleCount: 5 },
];

describe("buildCircleTree", () => {
  it("nests circles under the general circle, sorted by name whatever the case, with depths", () => {
    const tree = buildCircleTree(rows);
    expect(tree.root?.id).toBe("g");
    expect(tree.root?.children.map((c) => c.name)).toEqual(["atelier", "Zèbre"]);
    expect(tree.byId.get("b111")?.depth).toBe(4);
    expect(flattenTree(tree).map((c) => c.id)).toEqual(["g", "b", "b1", "b11", "b111", "c"]);
  });

  it("has no root when there is no general circle", () => {
    const tree = buildCircleTree(rows.filter((row) => row.id !== "g"));
    expect(tree.root).toBeNull();
    expect(flattenTree(tree)).toEqual([]);
  });

  it("lists the ancestors from the root down", () => {
    const tree = buildCircleTree(rows);
    expect(ancestorsOf(tree, "b11").map((c) => c.id)).toEqual(["g", "b", "b1"]);
    expect(ancestorsOf(tree, "g")).toEqual([]);
  });
});

describe("mapInput", () => {
  it("keeps one level below the focus and the focus's roles only", () => {
    const tree = buildCircleTree(rows);
    const input = mapInput(tree.root!, [{ id: "r1", name: "Premier lien" }]);
    expect(input.children?.map((c) => c.id)).toEqual(["b", "c", "r1"]);
    // b is drawn without its children: it weighs its roles and everything below it.
    expect(input.children![0]).toEqual({ id: "b", name: "atelier", kind: "circle", size: 1 + 1 + (1 + 3) + (1 + 2) + (1 + 5) });
    expect(input.children![1]).toEqual({ id: "c", name: "Zèbre", kind: "circle", size: 3 });
    expect(input.children![2]).toEqual({ id: "r1", name: "Premier lien", kind: "role", size: 1 });
  });

  it("zooms: a focused leaf circle with no roles is a single circle", () => {
    const tree = buildCircleTree(rows);
    expect(mapInput(tree.byId.get("b111")!, [])).toEqual({ id: "b111", name: "Sous-groupe", kind: "circle", size: 6 });
  });
});
