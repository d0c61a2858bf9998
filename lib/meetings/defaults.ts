// Who a meeting gathers when its organiser does not say otherwise: each involved circle's lead
// link and rep link, and, to facilitate and keep the minutes, the holders of the facilitator and
// secretary roles of the first involved circle (changeable for the meeting).
import type { Tx } from "@/lib/server/db";
import { coreRoleHolders } from "@/lib/rounds/capacities";

export type MeetingPeople = { participantIds: string[]; facilitatorId: string | null; secretaryId: string | null };

export async function defaultPeople(tx: Tx, organizationId: string, circleIds: readonly string[]): Promise<MeetingPeople> {
  const participants = new Set<string>();
  let facilitatorId: string | null = null;
  let secretaryId: string | null = null;
  for (const circleId of circleIds) {
    const holders = await coreRoleHolders(tx, organizationId, circleId, ["lead_link", "rep_link", "facilitator", "secretary"]);
    for (const holder of holders) {
      if (holder.coreRole === "lead_link" || holder.coreRole === "rep_link") participants.add(holder.userId);
      if (holder.coreRole === "facilitator") facilitatorId ??= holder.userId;
      if (holder.coreRole === "secretary") secretaryId ??= holder.userId;
    }
  }
  return { participantIds: [...participants], facilitatorId, secretaryId };
}
