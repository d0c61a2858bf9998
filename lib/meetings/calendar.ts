// A meeting's invitation as a calendar event (ics.ts writes the file): read scoped by the
// organisation; the UID is the meeting's id, so every download of the same meeting updates one
// event; its SEQUENCE is the last change's time in seconds, so it grows whenever details change.
import "server-only";
import { isUuid } from "@/lib/circles/params";
import { db } from "@/lib/server/db";
import type { CalendarEvent } from "./ics";

export type CalendarTexts = { video: (url: string) => string; page: (url: string) => string };

export async function meetingCalendarEvent(organizationId: string, meetingId: string, meetingUrl: string, texts: CalendarTexts): Promise<CalendarEvent | null> {
  if (!isUuid(meetingId)) return null;
  const meeting = await db.meeting.findFirst({
    where: { organizationId, id: meetingId },
    select: { id: true, title: true, startsAt: true, durationMinutes: true, place: true, videoUrl: true, status: true, updatedAt: true },
  });
  if (!meeting) return null;
  const description = [meeting.place && meeting.videoUrl ? texts.video(meeting.videoUrl) : "", texts.page(meetingUrl)].filter(Boolean).join("\n");
  return {
    uid: `${meeting.id}@interpoles`,
    sequence: Math.floor(meeting.updatedAt.getTime() / 1000),
    stamp: meeting.updatedAt,
    start: meeting.startsAt,
    end: new Date(meeting.startsAt.getTime() + meeting.durationMinutes * 60_000),
    summary: meeting.title,
    // The place, or the video link when the meeting is online only.
    location: meeting.place || meeting.videoUrl,
    description,
    url: meetingUrl,
    cancelled: meeting.status === "cancelled",
  };
}
