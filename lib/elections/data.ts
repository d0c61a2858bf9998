// Reads for elections, scoped by the organisation: the roles one may hold an election for, and
// what an election item shows (its role and circle, the names involved, the members one may nominate).
import "server-only";
import { db } from "@/lib/server/db";
import type { ElectionDetails } from "./details";
import { ELECTED_ROLE_WHERE } from "./policy";

/** Active elected roles (policy.ts) of active circles, by circle then name. */
export async function electionRoles(organizationId: string): Promise<{ id: string; name: string }[]> {
  const roles = await db.role.findMany({
    where: { organizationId, archivedAt: null, circle: { archivedAt: null }, ...ELECTED_ROLE_WHERE },
    select: { id: true, name: true, circle: { select: { name: true } } },
    orderBy: [{ circle: { name: "asc" } }, { name: "asc" }, { id: "asc" }], take: 500,
  });
  // A name shared by several roles (each circle's "Facilitation") is told apart by its circle.
  const shared = new Set(roles.filter((r, i) => roles.findIndex((o) => o.name === r.name) !== i).map((r) => r.name));
  return roles.map((r) => ({ id: r.id, name: shared.has(r.name) ? `${r.name} (${r.circle.name})` : r.name }));
}

export type ElectionView = {
  role: { name: string; circleName: string } | null;
  /** Members one may nominate: active, not observers. */
  members: { membershipId: string; userId: string; name: string }[];
  /** Names of everyone the nominations mention. */
  names: Map<string, string>;
};

export async function electionView(organizationId: string, details: ElectionDetails): Promise<ElectionView> {
  const [role, members] = await Promise.all([
    db.role.findFirst({ where: { organizationId, id: details.roleId }, select: { name: true, circle: { select: { name: true } } } }),
    db.membership.findMany({
      where: { organizationId, removedAt: null, permission: { not: "observer" } },
      select: { id: true, userId: true, user: { select: { name: true } } }, orderBy: [{ user: { name: "asc" } }, { id: "asc" }], take: 500,
    }),
  ]);
  const names = new Map(members.map((m) => [m.userId, m.user.name]));
  const missing = [...new Set(details.nominations.flatMap((n) => [n.byUserId, n.nomineeUserId]))].filter((id) => !names.has(id));
  if (missing.length > 0) {
    // Someone who left since still reads under their name.
    for (const u of await db.user.findMany({ where: { id: { in: missing }, memberships: { some: { organizationId } } }, select: { id: true, name: true } })) names.set(u.id, u.name);
  }
  return {
    role: role ? { name: role.name, circleName: role.circle.name } : null,
    members: members.map((m) => ({ membershipId: m.id, userId: m.userId, name: m.user.name })),
    names,
  };
}
