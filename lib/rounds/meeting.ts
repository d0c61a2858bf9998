// A proposal taken up live in a meeting (issue "Interpôles meetings"): the same process, the same
// machine, with three differences. The meeting's facilitator facilitates it; a round opened there
// is the meeting's, answered by its participants (the absentee policy applies to the absent); and
// every event wakes the meeting's screens (lib/live/signal.ts) in the same transaction.
import type { Tx } from "@/lib/server/db";
import type { Participant } from "@/lib/consent/types";
import { coreRoleHolders } from "./capacities";
import type { LiveRow, ProposalRow } from "./load";

export type LiveMeeting = { id: string; facilitatorId: string | null; nomineeUserId: string | null };

/** The meeting in progress whose current agenda item is this proposal, if any. */
export async function liveMeetingOf(tx: Tx, organizationId: string, proposalId: string): Promise<LiveMeeting | null> {
  const item = await tx.agendaItem.findFirst({
    where: { organizationId, proposalId, status: "in_progress", meeting: { status: "in_progress" } },
    select: { details: true, meeting: { select: { id: true, facilitatorId: true } } },
    orderBy: { createdAt: "desc" },
  });
  return item ? liveMeetingFrom({ id: item.meeting.id, facilitatorId: item.meeting.facilitatorId, details: item.details }) : null;
}

/** The live meeting of an agenda item's row (also read with the state, load.ts `loadForEvent`). */
export function liveMeetingFrom(row: LiveRow | null): LiveMeeting | null {
  if (!row) return null;
  const details = row.details as { nomineeUserId?: unknown } | null;
  const nominee = details && typeof details.nomineeUserId === "string" ? details.nomineeUserId : null;
  return { id: row.id, facilitatorId: row.facilitatorId, nomineeUserId: nominee };
}

/**
 * The meeting's participants (and the proposer), each answering for the first affected circle
 * they link (lead or rep link), else for the proposal's circle, so a transversal decision's
 * outcome reads per circle. An election's nominee answers last (consent.md §6).
 */
export async function meetingParticipants(tx: Tx, proposal: ProposalRow, meeting: LiveMeeting): Promise<Participant[]> {
  const { organizationId } = proposal;
  const rows = await tx.meetingParticipant.findMany({ where: { organizationId, meetingId: meeting.id }, select: { userId: true }, orderBy: { id: "asc" } });
  const active = await tx.membership.findMany({
    where: { organizationId, removedAt: null, permission: { not: "observer" }, userId: { in: [...rows.map((r) => r.userId), proposal.authorId, ...(meeting.nomineeUserId ? [meeting.nomineeUserId] : [])] } },
    select: { userId: true },
  });
  const allowed = new Set(active.map((m) => m.userId));
  const affected = await tx.proposalCircle.findMany({ where: { organizationId, proposalId: proposal.id }, select: { circleId: true }, orderBy: { id: "asc" } });
  const circleIds = [...new Set([proposal.circleId, ...affected.map((c) => c.circleId)])];
  const linkOf = new Map<string, string>();
  for (const circleId of circleIds) {
    for (const holder of await coreRoleHolders(tx, organizationId, circleId, ["lead_link", "rep_link"])) {
      if (!linkOf.has(holder.userId)) linkOf.set(holder.userId, circleId);
    }
  }
  const userIds = [...new Set([...rows.map((r) => r.userId), proposal.authorId, ...(meeting.nomineeUserId ? [meeting.nomineeUserId] : [])])];
  return userIds
    .filter((userId) => allowed.has(userId))
    .map((userId) => ({ userId, circleId: linkOf.get(userId) ?? proposal.circleId, answersLast: userId === meeting.nomineeUserId }));
}

/** In a meeting, its facilitator facilitates (whether or not they hold the circle's role). */
export function withMeetingFacilitator<A extends { userId: string; facilitator?: boolean }>(actor: A, live: LiveMeeting | null): A {
  return live?.facilitatorId === actor.userId ? { ...actor, facilitator: true } : actor;
}
