// The governance record as it stood at a date, read back from RecordChange snapshots. Snapshots
// are read leniently: older rows (e.g. the demo seed's) may hold fewer fields, so each field has
// a fallback and the row's own circleId/roleId columns fill in the links.
export type CircleState = { id: string; parentId: string | null; kind: string; name: string; purpose: string };
export type RoleState = { id: string; circleId: string; name: string; purpose: string; coreRole: string | null };
export type AccountabilityState = { id: string; roleId: string; description: string; position: number };
export type DomainState = { id: string; circleId: string; roleId: string | null; name: string; description: string };
export type PolicyState = { id: string; circleId: string; title: string; body: string };
export type AssignmentState = { id: string; roleId: string; membershipId: string; focus: string | null; termEndsOn: string | null };

export type RecordState = {
  circles: CircleState[];
  roles: RoleState[];
  accountabilities: AccountabilityState[];
  domains: DomainState[];
  policies: PolicyState[];
  assignments: AssignmentState[];
};

export type LatestRow = { entity: string; entityId: string; action: string; circleId: string | null; roleId: string | null; after: unknown };

type Json = Record<string, unknown>;
const str = (json: Json, key: string, fallback = ""): string => (typeof json[key] === "string" ? (json[key] as string) : fallback);
const strOrNull = (json: Json, key: string, fallback: string | null = null): string | null =>
  typeof json[key] === "string" ? (json[key] as string) : json[key] === null ? null : fallback;

/** Whether the latest snapshot says the entity no longer is part of the record. */
export function isGone(row: LatestRow): boolean {
  if (row.action === "archived" || row.action === "removed") return true;
  if (typeof row.after !== "object" || row.after === null) return true;
  const after = row.after as Json;
  return Boolean(after.archivedAt) || Boolean(after.endedAt);
}

/** Builds the record from the latest snapshot of each entity, dropping what hangs from nothing. */
export function buildRecordState(rows: readonly LatestRow[]): RecordState {
  const state: RecordState = { circles: [], roles: [], accountabilities: [], domains: [], policies: [], assignments: [] };
  for (const row of rows) {
    if (isGone(row)) continue;
    const a = row.after as Json;
    const id = row.entityId;
    switch (row.entity) {
      case "circle":
        state.circles.push({ id, parentId: strOrNull(a, "parentId"), kind: str(a, "kind"), name: str(a, "name"), purpose: str(a, "purpose") });
        break;
      case "role":
        state.roles.push({ id, circleId: str(a, "circleId", row.circleId ?? ""), name: str(a, "name"), purpose: str(a, "purpose"), coreRole: strOrNull(a, "coreRole") });
        break;
      case "accountability":
        state.accountabilities.push({ id, roleId: str(a, "roleId", row.roleId ?? ""), description: str(a, "description"), position: typeof a.position === "number" ? a.position : 0 });
        break;
      case "domain":
        state.domains.push({ id, circleId: str(a, "circleId", row.circleId ?? ""), roleId: strOrNull(a, "roleId", row.roleId), name: str(a, "name"), description: str(a, "description") });
        break;
      case "policy":
        state.policies.push({ id, circleId: str(a, "circleId", row.circleId ?? ""), title: str(a, "title"), body: str(a, "body") });
        break;
      case "assignment":
        state.assignments.push({ id, roleId: str(a, "roleId", row.roleId ?? ""), membershipId: str(a, "membershipId"), focus: strOrNull(a, "focus"), termEndsOn: strOrNull(a, "termEndsOn") });
        break;
    }
  }
  return prune(state);
}

/** Keeps only what hangs from the general circle through active parents. */
function prune(state: RecordState): RecordState {
  const parentOf = new Map(state.circles.map((c) => [c.id, c.parentId]));
  const reachesRoot = (id: string, seen = new Set<string>()): boolean => {
    const parent = parentOf.get(id);
    if (parent === undefined || seen.has(id)) return false;
    if (parent === null) return true;
    seen.add(id);
    return reachesRoot(parent, seen);
  };
  const circles = state.circles.filter((c) => reachesRoot(c.id));
  const circleIds = new Set(circles.map((c) => c.id));
  const roles = state.roles.filter((r) => circleIds.has(r.circleId));
  const roleIds = new Set(roles.map((r) => r.id));
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);
  return {
    circles: circles.sort(byName),
    roles: roles.sort(byName),
    accountabilities: state.accountabilities.filter((a) => roleIds.has(a.roleId)).sort((a, b) => a.position - b.position),
    domains: state.domains.filter((d) => circleIds.has(d.circleId)).sort(byName),
    policies: state.policies.filter((p) => circleIds.has(p.circleId)),
    assignments: state.assignments.filter((a) => roleIds.has(a.roleId)),
  };
}
