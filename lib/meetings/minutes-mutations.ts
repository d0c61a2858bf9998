// Keeping the minutes once the meeting is closed (issue "Interpôles meetings", After): the
// secretary (or the facilitator) writes the notes and publishes the minutes, which notifies the
// members of the involved circles and the participants. Both go through changeMeeting (lock,
// policy canKeepMinutes, write, live signal in one transaction). Publishing is done once:
// publishing again changes nothing, notifies nobody and writes no second journal entry.
import { z } from "zod";
import type { Db } from "@/lib/server/db";
import { notify } from "@/lib/notifications/notify";
import { isUuid } from "@/lib/circles/params";
import { changeMeeting, invalid, journal, type Actor, type MeetingResult } from "./change";
import { canKeepMinutes } from "./policy";

export const minutesNotesSchema = z.object({
  notes: z.string({ error: "minutes.errors.notes" }).max(50_000, "minutes.errors.notesTooLong"),
});

export type PublishResult = MeetingResult | { ok: true; alreadyPublished: true };

// A bound id comes back from the client: one that is not a UUID is unknown (never an SQL error).
const notFound: MeetingResult = { ok: false, reason: "not_found" };

export function saveMinutesNotes(db: Db, actor: Actor, meetingId: string, input: Record<string, unknown>): Promise<MeetingResult> {
  if (!isUuid(meetingId)) return Promise.resolve(notFound);
  const parsed = minutesNotesSchema.safeParse(input);
  if (!parsed.success) return Promise.resolve(invalid(parsed.error));
  // Line ends as the browser sends them (CRLF) are kept as LF: Markdown reads both the same.
  const notes = parsed.data.notes.replace(/\r\n?/g, "\n").trimEnd();
  return changeMeeting(db, actor, meetingId, "minutes", canKeepMinutes, async (tx, meeting) => {
    await tx.meeting.update({ where: { organizationId_id: { organizationId: meeting.organizationId, id: meeting.id } }, data: { minutesNotes: notes } });
  });
}

export async function publishMinutes(db: Db, actor: Actor, meetingId: string, now = new Date()): Promise<PublishResult> {
  if (!isUuid(meetingId)) return notFound;
  let already = false;
  const result = await changeMeeting(db, actor, meetingId, "minutes", canKeepMinutes, async (tx, meeting) => {
    const organizationId = meeting.organizationId;
    // Compare-and-set on the locked row: only the first publication writes.
    const { count } = await tx.meeting.updateMany({ where: { organizationId, id: meeting.id, minutesPublishedAt: null }, data: { minutesPublishedAt: now } });
    if (count === 0) {
      already = true;
      return;
    }
    const circleMembers = await tx.circleMembership.findMany({
      where: { organizationId, circleId: { in: meeting.circleIds } }, select: { membership: { select: { userId: true } } },
    });
    const recipients = new Set([...meeting.participantIds, ...circleMembers.map((m) => m.membership.userId)]);
    recipients.delete(actor.user.id);
    await notify(tx, { organizationId, userIds: [...recipients], kind: "minutes.published", data: { meetingId: meeting.id, title: meeting.title } });
    await journal(tx, actor, meeting, "meeting.minutes_published");
  });
  return result.ok && already ? { ok: true, alreadyPublished: true } : result;
}
