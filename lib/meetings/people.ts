// The people of a scheduled meeting, until it starts: inviting someone more, choosing another
// facilitator or secretary (who join the participants if they were not). Nobody is removed: an
// invitation sent stays valid. Newcomers get the same invitation as at scheduling (notification,
// email with the .ics); the change is journaled. Saving what is already there changes nothing.
import type { Db } from "@/lib/server/db";
import { notify } from "@/lib/notifications/notify";
import { type Actor, changeMeeting, invalid, journal, type MeetingResult, UNCHANGED } from "./change";
import { canEditMeeting } from "./policy";
import { peopleSchema } from "./schema";

const refused = (field: string): MeetingResult => ({ ok: false, reason: "invalid", fieldErrors: { [field]: "meetings.errors.memberInvalid" } });

export async function editMeetingPeople(db: Db, actor: Actor, meetingId: string, input: Record<string, unknown>): Promise<MeetingResult> {
  const parsed = peopleSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { facilitatorId, secretaryId } = parsed.data;
  const inviteeIds = [...new Set(parsed.data.inviteeIds)];
  return changeMeeting(db, actor, meetingId, "people", canEditMeeting, async (tx, meeting) => {
    // Every id must be an active, non-observer member of this organisation (a forged one is refused).
    const asked = [...new Set([...inviteeIds, facilitatorId, ...(secretaryId ? [secretaryId] : [])])];
    const members = await tx.membership.findMany({
      where: { organizationId: meeting.organizationId, id: { in: asked }, removedAt: null, permission: { not: "observer" } },
      select: { id: true, userId: true },
    });
    const userOf = new Map(members.map((m) => [m.id, m.userId]));
    if (!userOf.has(facilitatorId)) return refused("facilitatorId");
    if (secretaryId && !userOf.has(secretaryId)) return refused("secretaryId");
    if (inviteeIds.some((id) => !userOf.has(id))) return refused("inviteeIds");

    const facilitator = userOf.get(facilitatorId)!;
    const secretary = secretaryId ? userOf.get(secretaryId)! : null;
    const newcomers = [...new Set([...inviteeIds.map((id) => userOf.get(id)!), facilitator, ...(secretary ? [secretary] : [])])]
      .filter((userId) => !meeting.participantIds.includes(userId));
    if (newcomers.length === 0 && facilitator === meeting.facilitatorId && secretary === meeting.secretaryId) return UNCHANGED;

    await tx.meeting.update({
      where: { organizationId_id: { organizationId: meeting.organizationId, id: meeting.id } },
      data: { facilitatorId: facilitator, secretaryId: secretary },
    });
    await tx.meetingParticipant.createMany({ data: newcomers.map((userId) => ({ organizationId: meeting.organizationId, meetingId: meeting.id, userId })) });
    await journal(tx, actor, meeting, "meeting.changed");
    const when = await tx.meeting.findUniqueOrThrow({ where: { organizationId_id: { organizationId: meeting.organizationId, id: meeting.id } }, select: { startsAt: true } });
    await notify(tx, {
      organizationId: meeting.organizationId, userIds: newcomers.filter((id) => id !== actor.user.id), kind: "meeting.invited",
      data: { meetingId: meeting.id, title: meeting.title, startsAt: when.startsAt.toISOString() },
    });
  });
}
