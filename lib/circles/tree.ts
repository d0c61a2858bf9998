// The circle tree built from flat rows (one query), and what the map draws of it. Pure, so the
// rules (ordering, how deep the map goes, what a circle weighs) are unit-tested without a database.
import type { CircleKind } from "@/lib/generated/prisma/enums";
import type { PackInput } from "./pack";

export type CircleRow = { id: string; parentId: string | null; name: string; kind: CircleKind; roleCount: number };
export type CircleTreeNode = CircleRow & { depth: number; children: CircleTreeNode[] };
export type CircleTree = { root: CircleTreeNode | null; byId: Map<string, CircleTreeNode> };

/**
 * How many levels below the focused circle the map draws: one, so a page costs the same whatever
 * the organisation's size (docs/decisions/0011-pages-that-stay-light.md); zooming reaches every circle.
 */
export const MAP_DEPTH = 1;

const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });
const byName = (a: CircleTreeNode, b: CircleTreeNode) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);

/** Nests the rows under the general circle; children sorted by name. */
export function buildCircleTree(rows: readonly CircleRow[]): CircleTree {
  const byId = new Map<string, CircleTreeNode>(rows.map((row) => [row.id, { ...row, depth: 0, children: [] }]));
  let root: CircleTreeNode | null = null;
  for (const node of byId.values()) {
    if (node.parentId === null) {
      if (node.kind === "general") root = node;
      continue;
    }
    byId.get(node.parentId)?.children.push(node);
  }
  // Depths and ordering from the root down; iterative, so a deep tree cannot overflow the stack.
  const stack = root ? [root] : [];
  for (let node = stack.pop(); node; node = stack.pop()) {
    node.children.sort(byName);
    for (const child of node.children) {
      child.depth = node.depth + 1;
      stack.push(child);
    }
  }
  return { root, byId };
}

/** The circles from the root down to `id`'s parent (empty for the root). */
export function ancestorsOf(tree: CircleTree, id: string): CircleTreeNode[] {
  const chain: CircleTreeNode[] = [];
  for (let node = tree.byId.get(id), guard = 0; node?.parentId && guard < 10_000; guard++) {
    node = tree.byId.get(node.parentId);
    if (node) chain.unshift(node);
  }
  return chain;
}

/** Every circle in tree order (a parent, then its descendants), with its depth: for a select. */
export function flattenTree(tree: CircleTree): CircleTreeNode[] {
  const out: CircleTreeNode[] = [];
  const stack = tree.root ? [tree.root] : [];
  for (let node = stack.pop(); node; node = stack.pop()) {
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

export type MapRole = { id: string; name: string };

/**
 * What the map packs: the focused circle, its sub-circles down to MAP_DEPTH levels, and the roles
 * of the focused circle only. A circle drawn without its children weighs 1 + its roles, so a
 * busy circle looks bigger.
 */
export function mapInput(focus: CircleTreeNode, roles: readonly MapRole[]): PackInput {
  const circle = (node: CircleTreeNode, level: number): PackInput => {
    const children = level < MAP_DEPTH ? node.children.map((child) => circle(child, level + 1)) : [];
    return children.length > 0
      ? { id: node.id, name: node.name, kind: "circle", children }
      : { id: node.id, name: node.name, kind: "circle", size: 1 + node.roleCount + countBelow(node) };
  };
  const top = circle(focus, 0);
  const roleLeaves = roles.map((role): PackInput => ({ id: role.id, name: role.name, kind: "role", size: 1 }));
  const children = [...(top.children ?? []), ...roleLeaves];
  return children.length > 0 ? { id: focus.id, name: focus.name, kind: "circle", children } : top;
}

/** Sub-circles a circle hides when drawn without them (each weighs like a role). */
function countBelow(node: CircleTreeNode): number {
  let count = 0;
  const stack = [...node.children];
  for (let next = stack.pop(); next; next = stack.pop()) {
    count += 1 + next.roleCount;
    stack.push(...next.children);
  }
  return count;
}
