// What the governance record says about people in a proposal's process: who holds the circle's
// facilitator / lead link roles (the machine's actor capacities), and who answers a round (the
// participant snapshot). Read inside the locked transaction, so the snapshot is taken at the open.
import type { Tx } from "@/lib/server/db";
import type { CoreRole } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/consent/events";
import type { Participant } from "@/lib/consent/types";
import type { ProposalRow } from "./load";

/** User ids holding a core role of a circle now (active assignment, active non-observer member). */
export async function coreRoleHolders(tx: Tx, organizationId: string, circleId: string, coreRoles: readonly CoreRole[]) {
  const rows = await tx.roleAssignment.findMany({
    where: {
      organizationId, endedAt: null,
      role: { circleId, coreRole: { in: [...coreRoles] }, archivedAt: null },
      membership: { removedAt: null, permission: { not: "observer" } },
    },
    select: { role: { select: { coreRole: true } }, membership: { select: { userId: true } } },
    orderBy: { startedAt: "asc" },
  });
  return rows.map((row) => ({ coreRole: row.role.coreRole as CoreRole, userId: row.membership.userId }));
}

export async function actorOf(tx: Tx, organizationId: string, circleId: string, userId: string): Promise<Actor> {
  const held = (await coreRoleHolders(tx, organizationId, circleId, ["facilitator", "lead_link"])).filter((h) => h.userId === userId);
  return actorWith(userId, held.map((h) => h.coreRole));
}

/** The actor holding these core roles of the circle (only facilitator and lead link matter). */
export function actorWith(userId: string, held: readonly CoreRole[]): Actor {
  return { userId, facilitator: held.includes("facilitator"), leadLink: held.includes("lead_link") };
}

/** The facilitator recorded on a decision: the first holder of the circle's facilitator role. */
export async function facilitatorOf(tx: Tx, organizationId: string, circleId: string): Promise<string | null> {
  return (await coreRoleHolders(tx, organizationId, circleId, ["facilitator"]))[0]?.userId ?? null;
}

/**
 * consent.md §4: the circle's members who are not observers; for an Interpôles proposal, the lead
 * and rep links of every affected circle, plus the proposer. One entry per person (the schema's
 * unique key): someone representing two circles answers for the first one.
 */
export async function participantSnapshot(tx: Tx, proposal: ProposalRow): Promise<Participant[]> {
  const { organizationId } = proposal;
  const seen = new Map<string, Participant>();
  const add = (userId: string, circleId: string) => {
    if (!seen.has(userId)) seen.set(userId, { userId, circleId, answersLast: false });
  };
  if (!proposal.isInterpoles) {
    const members = await tx.circleMembership.findMany({
      where: { organizationId, circleId: proposal.circleId, membership: { removedAt: null, permission: { not: "observer" } } },
      select: { membership: { select: { userId: true } } },
      orderBy: { joinedAt: "asc" },
    });
    members.forEach((m) => add(m.membership.userId, proposal.circleId));
    return [...seen.values()];
  }
  const affected = await tx.proposalCircle.findMany({ where: { organizationId, proposalId: proposal.id }, select: { circleId: true }, orderBy: { id: "asc" } });
  const circleIds = [...new Set([proposal.circleId, ...affected.map((c) => c.circleId)])];
  for (const circleId of circleIds) {
    for (const holder of await coreRoleHolders(tx, organizationId, circleId, ["lead_link", "rep_link"])) add(holder.userId, circleId);
  }
  add(proposal.authorId, proposal.circleId);
  return [...seen.values()];
}
