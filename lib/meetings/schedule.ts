// Scheduling a meeting (issue "Interpôles meetings", Before): its details, the circles involved,
// the participants (by default each circle's lead and rep links, plus anyone invited), the
// facilitator and secretary, the agenda pre-filled from the record, and the invitations, all in
// one transaction with its Event. Every id comes from the form: each is checked to belong to
// this organisation, and one that does not is refused like an unknown one.
import type { MemberContext } from "@/lib/organizations/context";
import type { Db } from "@/lib/server/db";
import { notify } from "@/lib/notifications/notify";
import { prefilledAgenda } from "./agenda-prefill";
import { defaultPeople } from "./defaults";
import { canSchedule } from "./policy";
import { scheduleSchema } from "./schema";
import { startInstant } from "./time";

export type Actor = Pick<MemberContext, "user" | "organization" | "membership">;
export type Invalid = { ok: false; reason: "invalid"; fieldErrors: Record<string, string> };
export type ScheduleResult = { ok: true; meetingId: string } | Invalid | { ok: false; reason: "forbidden" };

function invalid(field: string, key: string): Invalid {
  return { ok: false, reason: "invalid", fieldErrors: { [field]: key } };
}

export async function scheduleMeeting(db: Db, actor: Actor, input: Record<string, unknown>, now = new Date()): Promise<ScheduleResult> {
  if (!canSchedule({ userId: actor.user.id, permission: actor.membership.permission })) return { ok: false, reason: "forbidden" };
  const parsed = scheduleSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
    return { ok: false, reason: "invalid", fieldErrors };
  }
  const data = parsed.data;
  const start = startInstant(data.startsAt, now);
  if (!start.ok) return invalid("startsAt", start.error);
  const startsAt = start.instant;
  const organizationId = actor.organization.id;
  const circleIds = [...new Set(data.circleIds)];

  return db.$transaction(async (tx): Promise<ScheduleResult> => {
    if ((await tx.circle.count({ where: { organizationId, id: { in: circleIds }, archivedAt: null } })) !== circleIds.length) {
      return invalid("circleIds", "meetings.errors.circleInvalid");
    }
    const invited = [...new Set(data.inviteeIds)];
    const invitedMembers = await tx.membership.findMany({
      where: { organizationId, id: { in: invited }, removedAt: null, permission: { not: "observer" } }, select: { userId: true },
    });
    if (invitedMembers.length !== invited.length) return invalid("inviteeIds", "meetings.errors.memberInvalid");
    const people = await defaultPeople(tx, organizationId, circleIds);
    const chosen = async (membershipId: string | null, fallback: string | null, field: string) => {
      if (!membershipId) return { ok: true as const, userId: fallback };
      const member = await tx.membership.findFirst({ where: { organizationId, id: membershipId, removedAt: null, permission: { not: "observer" } }, select: { userId: true } });
      return member ? { ok: true as const, userId: member.userId } : { ok: false as const, refusal: invalid(field, "meetings.errors.memberInvalid") };
    };
    const facilitator = await chosen(data.facilitatorId, people.facilitatorId ?? actor.user.id, "facilitatorId");
    if (!facilitator.ok) return facilitator.refusal;
    const secretary = await chosen(data.secretaryId, people.secretaryId, "secretaryId");
    if (!secretary.ok) return secretary.refusal;

    const participantIds = [...new Set([
      ...people.participantIds, ...invitedMembers.map((m) => m.userId),
      ...[facilitator.userId, secretary.userId].filter((id): id is string => id !== null),
    ])];
    const meeting = await tx.meeting.create({
      data: {
        organizationId, title: data.title, startsAt, durationMinutes: data.durationMinutes, place: data.place, videoUrl: data.videoUrl,
        facilitatorId: facilitator.userId, secretaryId: secretary.userId, createdById: actor.user.id,
      },
      select: { id: true },
    });
    await tx.meetingCircle.createMany({ data: circleIds.map((circleId) => ({ organizationId, meetingId: meeting.id, circleId })) });
    await tx.meetingParticipant.createMany({ data: participantIds.map((userId) => ({ organizationId, meetingId: meeting.id, userId })) });
    const agenda = await prefilledAgenda(tx, organizationId, circleIds, startsAt);
    await tx.agendaItem.createMany({
      data: agenda.map((item, position) => ({ organizationId, meetingId: meeting.id, position, addedById: actor.user.id, ...item })),
    });
    await notify(tx, {
      organizationId, userIds: participantIds.filter((id) => id !== actor.user.id), kind: "meeting.invited",
      data: { meetingId: meeting.id, title: data.title, startsAt: startsAt.toISOString() },
    });
    await tx.event.create({
      data: { organizationId, circleId: circleIds[0], actorId: actor.user.id, kind: "meeting.scheduled", subjectId: meeting.id, data: { title: data.title, circleIds } },
    });
    return { ok: true, meetingId: meeting.id };
  });
}
