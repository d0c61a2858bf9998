// A meeting locked for one change: every live action (the facilitator moving on, an attendance,
// an agenda item) runs in a transaction that first takes the meeting's row lock, so concurrent
// actions apply one after the other on the state each one sees.
import type { Tx } from "@/lib/server/db";
import { isUuid } from "@/lib/circles/params";
import type { MeetingRoles } from "./policy";

export type LockedMeeting = MeetingRoles & {
  id: string;
  organizationId: string;
  title: string;
  stage: "check_in" | "agenda" | "items" | "closing";
  currentAgendaItemId: string | null;
  speakerId: string | null;
  circleIds: string[];
};

export async function lockMeeting(tx: Tx, organizationId: string, meetingId: string): Promise<LockedMeeting | null> {
  // An id from a forged action payload is simply not found (never a database error).
  if (!isUuid(meetingId)) return null;
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Meeting" WHERE id = ${meetingId}::uuid AND "organizationId" = ${organizationId}::uuid FOR UPDATE`;
  if (locked.length === 0) return null;
  const meeting = await tx.meeting.findFirstOrThrow({
    where: { id: meetingId, organizationId },
    select: {
      id: true, organizationId: true, title: true, status: true, stage: true, createdById: true, facilitatorId: true, secretaryId: true,
      currentAgendaItemId: true, speakerId: true,
      participants: { select: { userId: true }, orderBy: { id: "asc" } },
      circles: { select: { circleId: true }, orderBy: { id: "asc" } },
    },
  });
  const { participants, circles, ...rest } = meeting;
  return { ...rest, participantIds: participants.map((p) => p.userId), circleIds: circles.map((c) => c.circleId) };
}
