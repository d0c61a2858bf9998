// The record on a date, as the page shows it: the tree of circles (names only, so that even 500
// circles stay light), and one circle opened with its roles, their accountabilities, its domains
// and policies. Built from lib/record/history.ts's recordAt.
import "server-only";
import { recordAtForCircle } from "@/lib/record/history";
import type { AccountabilityState, CircleState, DomainState, PolicyState, RoleState } from "@/lib/record/snapshot-state";
import type { Db } from "@/lib/server/db";

export type CircleNode = { id: string; parentId: string | null; name: string; kind: string; depth: number };
export type RoleAt = RoleState & { accountabilities: AccountabilityState[]; domains: DomainState[] };
export type OpenCircle = { circle: CircleState; roles: RoleAt[]; domains: DomainState[]; policies: PolicyState[] };

export type RecordTree = {
  /** Every circle, parents before their children (depth-first, siblings by name). */
  circles: CircleNode[];
  /** The circle asked for, or the general circle; null when the record was empty. */
  open: OpenCircle | null;
  /** A circle was asked for that did not exist (or was archived) on that date. */
  askedMissing: boolean;
};

function depthFirst(circles: readonly CircleState[]): CircleNode[] {
  const children = new Map<string | null, CircleState[]>();
  for (const circle of circles) children.set(circle.parentId, [...(children.get(circle.parentId) ?? []), circle]);
  const out: CircleNode[] = [];
  // Iterative, so that a deep tree cannot exhaust the stack; siblings arrive sorted by name.
  const stack: { circle: CircleState; depth: number }[] = (children.get(null) ?? []).map((circle) => ({ circle, depth: 0 })).reverse();
  while (stack.length) {
    const { circle, depth } = stack.pop()!;
    out.push({ id: circle.id, parentId: circle.parentId, name: circle.name, kind: circle.kind, depth });
    for (const child of [...(children.get(circle.id) ?? [])].reverse()) stack.push({ circle: child, depth: depth + 1 });
  }
  return out;
}

/**
 * The part of the tree a person needs to find their way: the first two levels, the path to the
 * open circle, its siblings and its children. A 500-circle organisation stays a light page.
 */
export function aroundOpenCircle(nodes: readonly CircleNode[], openId: string): CircleNode[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const path = new Set<string>();
  for (let id: string | null | undefined = openId; id; id = byId.get(id)?.parentId) path.add(id);
  const openParent = byId.get(openId)?.parentId ?? null;
  return nodes.filter(
    (node) => node.depth <= 1 || path.has(node.id) || node.parentId === openId || (openParent !== null && node.parentId === openParent) || path.has(node.parentId ?? ""),
  );
}

export async function recordTreeAt(db: Db, organizationId: string, instant: Date, circleId: string | null): Promise<RecordTree> {
  const state = await recordAtForCircle(db, organizationId, instant, circleId);
  const asked = circleId ? state.circles.find((circle) => circle.id === circleId) : undefined;
  const circle = asked ?? state.circles.find((c) => c.parentId === null);
  const askedMissing = circleId !== null && !asked;
  if (!circle) return { circles: [], open: null, askedMissing };
  const roles = state.roles.filter((role) => role.circleId === circle.id);
  const roleIds = new Set(roles.map((role) => role.id));
  const accountabilities = state.accountabilities.filter((a) => roleIds.has(a.roleId));
  const domains = state.domains.filter((domain) => domain.circleId === circle.id);
  return {
    circles: aroundOpenCircle(depthFirst(state.circles), circle.id),
    open: {
      circle,
      roles: roles.map((role) => ({
        ...role,
        accountabilities: accountabilities.filter((a) => a.roleId === role.id),
        domains: domains.filter((domain) => domain.roleId === role.id),
      })),
      domains: domains.filter((domain) => domain.roleId === null),
      policies: state.policies.filter((policy) => policy.circleId === circle.id),
    },
    askedMissing,
  };
}
