// The circles of an organisation in tree order (a depth-first walk from the general circle,
// siblings by name), each with its path. Pure, so that the page, the exports and the tests agree
// on one order. An active circle whose parent is not in the list (it should not happen: the record
// refuses to archive a circle with active sub-circles) is still listed, after the tree, rather
// than silently dropped from a review.
import type { CircleKind } from "@/lib/generated/prisma/enums";

export type CircleNode = { id: string; parentId: string | null; name: string; kind: CircleKind };
/** `path`: the names from the root down to the circle itself; `depth`: 0 for a root. */
export type OrderedCircle = CircleNode & { depth: number; path: string[] };

export function orderCircles(circles: readonly CircleNode[], locale = "fr"): OrderedCircle[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const bySibling = (a: CircleNode, b: CircleNode) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);
  const ids = new Set(circles.map((circle) => circle.id));
  const children = new Map<string, CircleNode[]>();
  const roots: CircleNode[] = [];
  for (const circle of circles) {
    if (circle.parentId === null || !ids.has(circle.parentId)) roots.push(circle);
    else children.set(circle.parentId, [...(children.get(circle.parentId) ?? []), circle]);
  }
  // The general circle first, then any stray root.
  roots.sort((a, b) => Number(a.kind !== "general") - Number(b.kind !== "general") || bySibling(a, b));

  const ordered: OrderedCircle[] = [];
  // An explicit stack rather than recursion: a deep tree cannot overflow the call stack.
  const stack: { node: CircleNode; depth: number; path: string[] }[] = roots
    .map((node) => ({ node, depth: 0, path: [node.name] }))
    .reverse();
  const seen = new Set<string>();
  while (stack.length > 0) {
    const { node, depth, path } = stack.pop()!;
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    ordered.push({ ...node, depth, path });
    const kids = [...(children.get(node.id) ?? [])].sort(bySibling).reverse();
    for (const kid of kids) stack.push({ node: kid, depth: depth + 1, path: [...path, kid.name] });
  }
  return ordered;
}

/** The circle `rootId` and all its sub-circles, in tree order; empty when it is not in the list. */
export function subtree(ordered: readonly OrderedCircle[], rootId: string): OrderedCircle[] {
  const start = ordered.findIndex((circle) => circle.id === rootId);
  if (start < 0) return [];
  const root = ordered[start]!;
  let end = start + 1;
  // Depth-first order puts a circle's descendants right after it, deeper than it.
  while (end < ordered.length && ordered[end]!.depth > root.depth) end += 1;
  return ordered.slice(start, end);
}
