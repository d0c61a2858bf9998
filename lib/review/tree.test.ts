import { describe, expect, it } from "vitest";
import { orderCircles, subtree, type CircleNode } from "./tree";

const c = (id: string, parentId: string | null, name: string, kind: CircleNode["kind"] = "pole"): CircleNode => ({ id, parentId, name, kind });

const circles: CircleNode[] = [
  c("p2", "g", "Pôle Zinc"),
  c("p1", "g", "Pôle Atelier"),
  c("g", null, "Cercle général", "general"),
  c("p1a", "p1", "Équipe bois", "project"),
  c("p1b", "p1", "Achats", "group"),
  c("p2a", "p2", "Communication", "group"),
];

describe("orderCircles", () => {
  it("walks the tree depth-first from the general circle, siblings by name (French collation)", () => {
    const ordered = orderCircles(circles);
    expect(ordered.map((circle) => circle.id)).toEqual(["g", "p1", "p1b", "p1a", "p2", "p2a"]);
    expect(ordered.map((circle) => circle.depth)).toEqual([0, 1, 2, 2, 1, 2]);
  });

  it("gives each circle its path from the root", () => {
    const byId = new Map(orderCircles(circles).map((circle) => [circle.id, circle]));
    expect(byId.get("p1a")?.path).toEqual(["Cercle général", "Pôle Atelier", "Équipe bois"]);
    expect(byId.get("g")?.path).toEqual(["Cercle général"]);
  });

  it("lists a circle whose parent is missing after the tree instead of dropping it", () => {
    const ordered = orderCircles([...circles, c("lost", "archived-parent", "Aaa perdu")]);
    expect(ordered.at(-1)).toMatchObject({ id: "lost", depth: 0, path: ["Aaa perdu"] });
    expect(ordered[0]?.id).toBe("g");
  });

  it("handles a deep chain without recursion", () => {
    const chain: CircleNode[] = [c("0", null, "root", "general")];
    for (let i = 1; i < 2_000; i += 1) chain.push(c(String(i), String(i - 1), `n${i}`));
    const ordered = orderCircles(chain);
    expect(ordered).toHaveLength(2_000);
    expect(ordered.at(-1)?.depth).toBe(1_999);
  });
});

describe("subtree", () => {
  it("returns the circle and its descendants only", () => {
    const ordered = orderCircles(circles);
    expect(subtree(ordered, "p1").map((circle) => circle.id)).toEqual(["p1", "p1b", "p1a"]);
    expect(subtree(ordered, "p2a").map((circle) => circle.id)).toEqual(["p2a"]);
    expect(subtree(ordered, "g")).toHaveLength(6);
    expect(subtree(ordered, "unknown")).toEqual([]);
  });
});
