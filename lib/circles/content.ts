// What a circle holds: its roles with their current holders, its domains and its policies. One
// query per list, active rows only (archived ones live in the history).
import "server-only";
import type { CoreRole } from "@/lib/generated/prisma/enums";
import { byRecordVersion } from "@/lib/record/version-cache";
import { db } from "@/lib/server/db";
import { getCircle, type CircleDetail } from "./data";
import { isUuid } from "./params";

export type Holder = {
  assignmentId: string;
  membershipId: string;
  name: string;
  focus: string | null;
  /** A calendar date (midnight UTC), or null for no term. */
  termEndsOn: Date | null;
};

export type RoleWithHolders = { id: string; name: string; coreRole: CoreRole | null; holders: Holder[] };

/** Current assignments of a role, oldest first; shared with the role pages. */
export const holderSelect = {
  where: { endedAt: null, membership: { removedAt: null } },
  select: { id: true, membershipId: true, focus: true, termEndsOn: true, membership: { select: { user: { select: { name: true } } } } },
  orderBy: [{ startedAt: "asc" as const }, { id: "asc" as const }],
};

type HolderRow = { id: string; membershipId: string; focus: string | null; termEndsOn: Date | null; membership: { user: { name: string } } };

export function toHolder(row: HolderRow): Holder {
  return { assignmentId: row.id, membershipId: row.membershipId, name: row.membership.user.name, focus: row.focus, termEndsOn: row.termEndsOn };
}

/** Core roles in their canonical order (lead link, rep link, facilitator, secretary), then the others by name. */
export async function listCircleRoles(organizationId: string, circleId: string): Promise<{ core: RoleWithHolders[]; others: RoleWithHolders[] }> {
  if (!isUuid(circleId)) return { core: [], others: [] };
  const rows = await db.role.findMany({
    where: { organizationId, circleId, archivedAt: null },
    select: { id: true, name: true, coreRole: true, assignments: holderSelect },
    orderBy: [{ coreRole: { sort: "asc", nulls: "last" } }, { name: "asc" }, { id: "asc" }],
  });
  const roles = rows.map((row) => ({ id: row.id, name: row.name, coreRole: row.coreRole, holders: row.assignments.map(toHolder) }));
  return { core: roles.filter((role) => role.coreRole !== null), others: roles.filter((role) => role.coreRole === null) };
}

export type DomainRow = { id: string; name: string; description: string; role: { id: string; name: string } | null };

export async function listCircleDomains(organizationId: string, circleId: string): Promise<DomainRow[]> {
  if (!isUuid(circleId)) return [];
  return db.domain.findMany({
    where: { organizationId, circleId, archivedAt: null },
    select: { id: true, name: true, description: true, role: { select: { id: true, name: true } } },
    orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }],
  });
}

export type PolicyRow = { id: string; title: string; body: string };

export async function listCirclePolicies(organizationId: string, circleId: string): Promise<PolicyRow[]> {
  if (!isUuid(circleId)) return [];
  return db.policy.findMany({
    where: { organizationId, circleId, archivedAt: null },
    select: { id: true, title: true, body: true },
    orderBy: [{ position: "asc" }, { title: "asc" }, { id: "asc" }],
  });
}

export type CircleContent = {
  circle: CircleDetail | null;
  roles: { core: RoleWithHolders[]; others: RoleWithHolders[] };
  domains: DomainRow[];
  policies: PolicyRow[];
};

/**
 * Everything of a circle's page that is governance record (the circle, its roles and holders,
 * domains, policies): read once per version of the record and kept in this process (ADR 0014,
 * ADR 0016). `organization` is the member context's, whose version was read first.
 */
export function loadCircleContent(organization: { id: string; recordVersion: number }, circleId: string): Promise<CircleContent> {
  const load = async (): Promise<CircleContent> => {
    const [circle, roles, domains, policies] = await Promise.all([
      getCircle(organization.id, circleId),
      listCircleRoles(organization.id, circleId),
      listCircleDomains(organization.id, circleId),
      listCirclePolicies(organization.id, circleId),
    ]);
    return { circle, roles, domains, policies };
  };
  // A malformed id finds nothing and is not worth a cache entry.
  return isUuid(circleId) ? byRecordVersion(organization, `circle:${circleId}`, load) : load();
}
