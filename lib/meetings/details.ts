// Changing a scheduled meeting's details (title, when, how long, where, video link): by whoever may
// edit it (policy.ts), until it starts. When the date, duration, place or video link changes, the
// other participants are told (notification, email with the updated .ics); a new title alone is
// only journaled. Saving what is already there journals nothing and tells no one, live screens included.
import type { Db } from "@/lib/server/db";
import { notify } from "@/lib/notifications/notify";
import { type Actor, changeMeeting, invalid, journal, type MeetingResult, UNCHANGED } from "./change";
import { canEditMeeting } from "./policy";
import { detailsSchema } from "./schema";
import { startInstant } from "./time";

export async function editMeetingDetails(db: Db, actor: Actor, meetingId: string, input: Record<string, unknown>, now = new Date()): Promise<MeetingResult> {
  const parsed = detailsSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const startsAt = startInstant(parsed.data.startsAt, now);
  if (!startsAt.ok) return { ok: false, reason: "invalid", fieldErrors: { startsAt: startsAt.error } };
  const details = { ...parsed.data, startsAt: startsAt.instant };
  return changeMeeting(db, actor, meetingId, "details", canEditMeeting, async (tx, meeting) => {
    const where = { organizationId_id: { organizationId: meeting.organizationId, id: meeting.id } };
    const before = await tx.meeting.findUniqueOrThrow({ where, select: { title: true, startsAt: true, durationMinutes: true, place: true, videoUrl: true } });
    const moved = before.startsAt.getTime() !== details.startsAt.getTime() || before.durationMinutes !== details.durationMinutes
      || before.place !== details.place || before.videoUrl !== details.videoUrl;
    if (!moved && before.title === details.title) return UNCHANGED;
    await tx.meeting.update({ where, data: details });
    await journal(tx, actor, { ...meeting, title: details.title }, "meeting.changed");
    if (moved) {
      await notify(tx, {
        organizationId: meeting.organizationId, userIds: meeting.participantIds.filter((id) => id !== actor.user.id), kind: "meeting.changed",
        data: { meetingId: meeting.id, title: details.title, startsAt: details.startsAt.toISOString() },
      });
    }
  });
}
