import { describe, expect, it } from "vitest";
import { packCircles, type PackInput, type PackedCircle } from "./pack";

const tree: PackInput = {
  id: "root", name: "Cercle général", kind: "circle",
  children: [
    { id: "a", name: "Pôle A", kind: "circle", children: [
      { id: "a1", name: "Projet A1", kind: "circle", size: 3 },
      { id: "a2", name: "Projet A2", kind: "circle", size: 1 },
    ] },
    { id: "b", name: "Pôle B", kind: "circle", size: 5 },
    { id: "r1", name: "Rôle 1", kind: "role", size: 1 },
    { id: "r2", name: "Rôle 2", kind: "role", size: 1 },
  ],
};

function byId(circles: PackedCircle[]) {
  return new Map(circles.map((circle) => [circle.id, circle]));
}

describe("packCircles", () => {
  it("lays out every node once, parents before their children", () => {
    const circles = packCircles(tree, 600);
    expect(circles.map((c) => c.id).sort()).toEqual(["a", "a1", "a2", "b", "r1", "r2", "root"]);
    const seen = new Set<string>();
    for (const circle of circles) {
      if (circle.parentId) expect(seen.has(circle.parentId), `${circle.id} after its parent`).toBe(true);
      seen.add(circle.id);
    }
    expect(byId(circles).get("a1")).toMatchObject({ parentId: "a", depth: 2, kind: "circle", name: "Projet A1" });
    expect(byId(circles).get("r1")).toMatchObject({ parentId: "root", depth: 1, kind: "role" });
  });

  it("places every child inside its parent and the root in the square", () => {
    const circles = packCircles(tree, 600);
    const index = byId(circles);
    const root = index.get("root")!;
    expect(root.x - root.r).toBeGreaterThanOrEqual(-0.1);
    expect(root.x + root.r).toBeLessThanOrEqual(600.1);
    for (const circle of circles) {
      if (!circle.parentId) continue;
      const parent = index.get(circle.parentId)!;
      const distance = Math.hypot(circle.x - parent.x, circle.y - parent.y);
      // Rounding to 0.1 may move an edge by a fraction of a pixel.
      expect(distance + circle.r, `${circle.id} inside ${parent.id}`).toBeLessThanOrEqual(parent.r + 0.2);
      expect(circle.r).toBeGreaterThan(0);
    }
  });

  it("does not let siblings overlap", () => {
    const circles = packCircles(tree, 600);
    const siblings = circles.filter((c) => c.parentId === "root");
    for (const a of siblings) {
      for (const b of siblings) {
        if (a.id >= b.id) continue;
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(a.r + b.r - 0.2);
      }
    }
  });

  it("gives a bigger circle to a bigger weight", () => {
    const index = byId(packCircles(tree, 600));
    expect(index.get("b")!.r).toBeGreaterThan(index.get("r1")!.r);
    expect(index.get("a1")!.r).toBeGreaterThan(index.get("a2")!.r);
  });

  it("is deterministic, whatever the order of the input's children", () => {
    const first = packCircles(tree, 600);
    expect(packCircles(tree, 600)).toEqual(first);
    const shuffled: PackInput = { ...tree, children: [...(tree.children ?? [])].reverse() };
    expect(packCircles(shuffled, 600).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...first].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it("draws a lone circle as the whole square", () => {
    expect(packCircles({ id: "only", name: "Seul", kind: "circle" }, 400)).toEqual([
      { id: "only", name: "Seul", kind: "circle", parentId: null, depth: 0, x: 200, y: 200, r: 200 },
    ]);
  });
});
