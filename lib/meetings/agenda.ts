// The agenda (issue "Interpôles meetings", Before and During): participants add items (a tension
// or a proposal of the organisation, or a free item), whoever prepares the meeting reorders them.
// Each change is one locked meeting change (change.ts), so positions stay a sequence.
import { z } from "zod";
import type { Db } from "@/lib/server/db";
import { changeMeeting, invalid, journal, type Actor, type MeetingResult } from "./change";
import { canAddItem, canEditMeeting, canParticipate, canReorder } from "./policy";
import { itemSchema, moveSchema, roundTextSchema } from "./schema";

const subjectSchema = z.object({
  subject: z.union([z.literal(""), z.string().regex(/^(tension|proposal):[0-9a-f-]{36}$/i, "meetings.errors.notFound")]),
});

export function addAgendaItem(db: Db, actor: Actor, meetingId: string, input: Record<string, unknown>) {
  const parsed = itemSchema.safeParse(input);
  const subject = subjectSchema.safeParse(input);
  if (!subject.success) return Promise.resolve(invalid(subject.error));
  const [type, subjectId] = subject.data.subject ? subject.data.subject.split(":") : [null, null];
  // A tension or proposal item may leave the title empty: it takes the subject's.
  if (!parsed.success && !(type && parsed.error.issues.every((i) => i.path[0] === "title" && i.message === "meetings.errors.titleRequired"))) {
    return Promise.resolve(invalid(parsed.error));
  }
  return changeMeeting(db, actor, meetingId, "agenda", canAddItem, async (tx, meeting): Promise<MeetingResult | void> => {
    const organizationId = meeting.organizationId;
    let title = parsed.success ? parsed.data.title : "";
    const link: { kind: "tension" | "proposal" | "other"; tensionId?: string; proposalId?: string } = { kind: "other" };
    if (type === "tension" && subjectId) {
      const tension = await tx.tension.findFirst({ where: { organizationId, id: subjectId, status: { in: ["open", "processing"] } }, select: { id: true, title: true } });
      if (!tension) return { ok: false, reason: "invalid", fieldErrors: { subject: "meetings.errors.notFound" } };
      Object.assign(link, { kind: "tension", tensionId: tension.id });
      title ||= tension.title;
    }
    if (type === "proposal" && subjectId) {
      const proposal = await tx.proposal.findFirst({
        where: { organizationId, id: subjectId, status: { in: ["in_process", "escalated"] } }, select: { id: true, currentVersion: true, versions: { select: { number: true, title: true } } },
      });
      if (!proposal) return { ok: false, reason: "invalid", fieldErrors: { subject: "meetings.errors.notFound" } };
      Object.assign(link, { kind: "proposal", proposalId: proposal.id });
      title ||= proposal.versions.find((v) => v.number === proposal.currentVersion)?.title ?? "";
    }
    const last = await tx.agendaItem.aggregate({ where: { organizationId, meetingId: meeting.id }, _max: { position: true } });
    await tx.agendaItem.create({
      data: { organizationId, meetingId: meeting.id, position: (last._max.position ?? -1) + 1, title, notes: parsed.success ? parsed.data.notes : "", addedById: actor.user.id, ...link },
    });
  });
}

/** Swaps an item with its neighbour. */
export function moveAgendaItem(db: Db, actor: Actor, meetingId: string, input: Record<string, unknown>) {
  const parsed = moveSchema.safeParse(input);
  if (!parsed.success) return Promise.resolve(invalid(parsed.error));
  return changeMeeting(db, actor, meetingId, "agenda", canReorder, async (tx, meeting): Promise<MeetingResult | void> => {
    const organizationId = meeting.organizationId;
    const items = await tx.agendaItem.findMany({ where: { organizationId, meetingId: meeting.id }, select: { id: true }, orderBy: [{ position: "asc" }, { id: "asc" }] });
    const index = items.findIndex((i) => i.id === parsed.data.itemId);
    if (index < 0) return { ok: false, reason: "not_found" };
    const other = index + (parsed.data.direction === "up" ? -1 : 1);
    if (other < 0 || other >= items.length) return;
    const order = items.map((i) => i.id);
    [order[index], order[other]] = [order[other] as string, order[index] as string];
    for (const [position, id] of order.entries()) await tx.agendaItem.update({ where: { organizationId_id: { organizationId, id } }, data: { position } });
  });
}

/** A participant's word in the check-in or closing round (their own, while that round runs). */
export function saveRoundWord(db: Db, actor: Actor, meetingId: string, round: "checkIn" | "closing", input: Record<string, unknown>) {
  const parsed = roundTextSchema.safeParse(input);
  if (!parsed.success) return Promise.resolve(invalid(parsed.error));
  return changeMeeting(db, actor, meetingId, "round_word", canParticipate, async (tx, meeting): Promise<MeetingResult | void> => {
    if (meeting.status !== "in_progress" || meeting.stage !== (round === "checkIn" ? "check_in" : "closing")) return { ok: false, reason: "wrong_state" };
    const where = { organizationId: meeting.organizationId, meetingId: meeting.id, userId: actor.user.id };
    await tx.meetingParticipant.updateMany({ where, data: { [round]: parsed.data.text } });
    // Speaking in the round is being there (someone recorded late stays late).
    await tx.meetingParticipant.updateMany({ where: { ...where, attendance: { in: ["invited", "absent"] } }, data: { attendance: "present" } });
  });
}

export function cancelMeeting(db: Db, actor: Actor, meetingId: string) {
  return changeMeeting(db, actor, meetingId, "cancelled", canEditMeeting, async (tx, meeting) => {
    await tx.meeting.update({ where: { organizationId_id: { organizationId: meeting.organizationId, id: meeting.id } }, data: { status: "cancelled" } });
    await journal(tx, actor, meeting, "meeting.cancelled");
  });
}
