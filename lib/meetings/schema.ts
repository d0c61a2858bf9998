// Inputs of meetings. Issue messages are i18n keys (namespace "meetings").
import { z } from "zod";

const text = (max: number) => z.string().trim().max(max, "meetings.errors.tooLong");
const optionalUuid = z.union([z.literal(""), z.uuid({ error: "meetings.errors.notFound" })]).transform((v) => (v === "" ? null : v));

/** A place may be empty; a video link, when given, is an http(s) address (never `javascript:`). */
const videoUrl = text(500).refine((v) => v === "" || /^https?:\/\/[^\s]+$/i.test(v), "meetings.errors.videoUrl");

export const scheduleSchema = z.object({
  title: text(200).min(1, "meetings.errors.titleRequired"),
  /** From <input type="datetime-local">, read in the organisation's time zone by the caller. */
  startsAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "meetings.errors.startsAt"),
  durationMinutes: z.coerce.number({ error: "meetings.errors.duration" }).int("meetings.errors.duration").min(15, "meetings.errors.duration").max(8 * 60, "meetings.errors.duration"),
  place: text(200),
  videoUrl,
  circleIds: z.array(z.uuid({ error: "meetings.errors.circleInvalid" })).min(1, "meetings.errors.circlesRequired").max(50, "meetings.errors.tooMany"),
  inviteeIds: z.array(z.uuid({ error: "meetings.errors.notFound" })).max(200, "meetings.errors.tooMany"),
  facilitatorId: optionalUuid,
  secretaryId: optionalUuid,
});
export type ScheduleInput = z.infer<typeof scheduleSchema>;

/** What may change once scheduled (./details.ts): the circles stay as they were. */
export const detailsSchema = scheduleSchema.pick({ title: true, startsAt: true, durationMinutes: true, place: true, videoUrl: true });

/** People of a scheduled meeting (./people.ts): more invitees, another facilitator or secretary. */
export const peopleSchema = z.object({
  inviteeIds: z.array(z.uuid({ error: "meetings.errors.notFound" })).max(200, "meetings.errors.tooMany"),
  facilitatorId: z.uuid({ error: "meetings.errors.memberInvalid" }),
  secretaryId: optionalUuid,
});

export const itemSchema = z.object({
  title: text(200).min(1, "meetings.errors.titleRequired"),
  notes: text(5_000),
});

export const moveSchema = z.object({ itemId: z.uuid({ error: "meetings.errors.notFound" }), direction: z.enum(["up", "down"]) });

export const attendanceSchema = z.object({
  userId: z.uuid({ error: "meetings.errors.notFound" }),
  attendance: z.enum(["present", "late", "absent"], { error: "meetings.errors.attendance" }),
});

export const roundTextSchema = z.object({ text: text(1_000) });

export const timerSchema = z.object({
  minutes: z.coerce.number({ error: "meetings.errors.timer" }).int("meetings.errors.timer").min(1, "meetings.errors.timer").max(120, "meetings.errors.timer"),
});

