// The facilitator drives the meeting (issue "Interpôles meetings", During): start, the check-in
// round, agenda building, each item in turn, the closing round, close. Attendance, the speaking
// order and the round timer are the facilitator's too. Each is one locked change (change.ts).
import type { AgendaItemStatus, MeetingStage } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/server/db";
import { changeMeeting, invalid, journal, type Actor, type MeetingResult } from "./change";
import { canFacilitate } from "./policy";
import { attendanceSchema, timerSchema } from "./schema";

const STAGES: readonly MeetingStage[] = ["check_in", "agenda", "items", "closing"];
const wrong: MeetingResult = { ok: false, reason: "wrong_state" };

export function startMeeting(db: Db, actor: Actor, meetingId: string, now = new Date()) {
  return changeMeeting(db, actor, meetingId, "started", canFacilitate, async (tx, meeting) => {
    if (meeting.status !== "scheduled") return wrong;
    await tx.meeting.update({ where: { organizationId_id: { organizationId: meeting.organizationId, id: meeting.id } }, data: { status: "in_progress", stage: "check_in", startedAt: now } });
    await journal(tx, actor, meeting, "meeting.started");
  });
}

/** To the next stage, or back to an earlier one (e.g. agenda building again). */
export function setStage(db: Db, actor: Actor, meetingId: string, stage: string) {
  return changeMeeting(db, actor, meetingId, "stage", canFacilitate, async (tx, meeting) => {
    if (meeting.status !== "in_progress" || !STAGES.includes(stage as MeetingStage)) return wrong;
    await tx.meeting.update({
      where: { organizationId_id: { organizationId: meeting.organizationId, id: meeting.id } },
      data: { stage: stage as MeetingStage, speakerId: null, timerEndsAt: null },
    });
  });
}

/**
 * Takes up an item: the current one, if any, is left `done` (or `skipped`, when asked); the chosen
 * one is `in_progress`. `itemId` null just ends the current one.
 */
export function takeUpItem(db: Db, actor: Actor, meetingId: string, itemId: string | null, leaveAs: Extract<AgendaItemStatus, "done" | "skipped"> = "done") {
  return changeMeeting(db, actor, meetingId, "item", canFacilitate, async (tx, meeting) => {
    if (meeting.status !== "in_progress") return wrong;
    const organizationId = meeting.organizationId;
    if (itemId) {
      const item = await tx.agendaItem.findFirst({ where: { organizationId, meetingId: meeting.id, id: itemId }, select: { id: true } });
      if (!item) return { ok: false, reason: "not_found" };
    }
    if (meeting.currentAgendaItemId && meeting.currentAgendaItemId !== itemId) {
      await tx.agendaItem.updateMany({ where: { organizationId, id: meeting.currentAgendaItemId, status: "in_progress" }, data: { status: leaveAs } });
    }
    if (itemId) await tx.agendaItem.updateMany({ where: { organizationId, id: itemId }, data: { status: "in_progress" } });
    await tx.meeting.update({
      where: { organizationId_id: { organizationId, id: meeting.id } },
      data: { currentAgendaItemId: itemId, stage: "items", speakerId: null, timerEndsAt: null },
    });
  });
}

export function setAttendance(db: Db, actor: Actor, meetingId: string, input: Record<string, unknown>) {
  const parsed = attendanceSchema.safeParse(input);
  if (!parsed.success) return Promise.resolve(invalid(parsed.error));
  return changeMeeting(db, actor, meetingId, "attendance", canFacilitate, async (tx, meeting) => {
    if (meeting.status === "closed" || meeting.status === "cancelled") return wrong;
    const { count } = await tx.meetingParticipant.updateMany({
      where: { organizationId: meeting.organizationId, meetingId: meeting.id, userId: parsed.data.userId }, data: { attendance: parsed.data.attendance },
    });
    if (count !== 1) return { ok: false, reason: "not_found" };
  });
}

/** The floor goes to the next present participant in the speaking order, after `speakerId`. */
export function nextSpeaker(db: Db, actor: Actor, meetingId: string) {
  return changeMeeting(db, actor, meetingId, "speaker", canFacilitate, async (tx, meeting) => {
    if (meeting.status !== "in_progress") return wrong;
    const present = await tx.meetingParticipant.findMany({
      where: { organizationId: meeting.organizationId, meetingId: meeting.id, attendance: { in: ["present", "late"] } },
      select: { userId: true }, orderBy: { id: "asc" },
    });
    const order = present.map((p) => p.userId);
    const index = meeting.speakerId ? order.indexOf(meeting.speakerId) : -1;
    const next = order[index + 1] ?? null;
    await tx.meeting.update({ where: { organizationId_id: { organizationId: meeting.organizationId, id: meeting.id } }, data: { speakerId: next } });
  });
}

export function startTimer(db: Db, actor: Actor, meetingId: string, input: Record<string, unknown>, now = new Date()) {
  const parsed = timerSchema.safeParse(input);
  if (!parsed.success) return Promise.resolve(invalid(parsed.error));
  return changeMeeting(db, actor, meetingId, "timer", canFacilitate, async (tx, meeting) => {
    if (meeting.status !== "in_progress") return wrong;
    await tx.meeting.update({
      where: { organizationId_id: { organizationId: meeting.organizationId, id: meeting.id } },
      data: { timerEndsAt: new Date(now.getTime() + parsed.data.minutes * 60_000) },
    });
  });
}

export function stopTimer(db: Db, actor: Actor, meetingId: string) {
  return changeMeeting(db, actor, meetingId, "timer", canFacilitate, async (tx, meeting) => {
    await tx.meeting.update({ where: { organizationId_id: { organizationId: meeting.organizationId, id: meeting.id } }, data: { timerEndsAt: null } });
  });
}

/** Closes the meeting: the item in progress counts as done; absent invitees are recorded absent. */
export function closeMeeting(db: Db, actor: Actor, meetingId: string, now = new Date()) {
  return changeMeeting(db, actor, meetingId, "closed", canFacilitate, async (tx, meeting) => {
    if (meeting.status !== "in_progress") return wrong;
    const organizationId = meeting.organizationId;
    await tx.agendaItem.updateMany({ where: { organizationId, meetingId: meeting.id, status: "in_progress" }, data: { status: "done" } });
    await tx.meetingParticipant.updateMany({ where: { organizationId, meetingId: meeting.id, attendance: "invited" }, data: { attendance: "absent" } });
    await tx.meeting.update({
      where: { organizationId_id: { organizationId, id: meeting.id } },
      data: { status: "closed", endedAt: now, currentAgendaItemId: null, speakerId: null, timerEndsAt: null },
    });
    await journal(tx, actor, meeting, "meeting.closed");
  });
}
