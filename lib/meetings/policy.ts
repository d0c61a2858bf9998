// Who may do what with a meeting, as pure rules (no I/O). Everyone in the organisation sees every
// meeting and its minutes (transparency); observers never act. The facilitator drives the meeting
// live; the secretary keeps the minutes; whoever scheduled it may change it until it starts.
import type { MeetingStatus, OrgPermission } from "@/lib/generated/prisma/enums";

export type MeetingRoles = {
  status: MeetingStatus;
  createdById: string;
  facilitatorId: string | null;
  secretaryId: string | null;
  /** User ids of the participants. */
  participantIds: readonly string[];
};

export type MeetingActor = { userId: string; permission: OrgPermission };

const acts = (actor: MeetingActor) => actor.permission !== "observer";

export function canSchedule(actor: MeetingActor): boolean {
  return acts(actor);
}

/** Change the details or cancel: before the meeting starts, its author, facilitator or an admin. */
export function canEditMeeting(actor: MeetingActor, meeting: MeetingRoles): boolean {
  if (!acts(actor) || meeting.status !== "scheduled") return false;
  return actor.permission === "admin" || actor.userId === meeting.createdById || actor.userId === meeting.facilitatorId;
}

/** Start, move through the agenda, attendance, speaking order, timer, close. */
export function canFacilitate(actor: MeetingActor, meeting: MeetingRoles): boolean {
  return acts(actor) && actor.userId === meeting.facilitatorId;
}

export function isParticipant(actor: MeetingActor, meeting: MeetingRoles): boolean {
  return acts(actor) && meeting.participantIds.includes(actor.userId);
}

/** Participants (and the facilitator) add agenda items before and during the meeting. */
export function canAddItem(actor: MeetingActor, meeting: MeetingRoles): boolean {
  if (meeting.status !== "scheduled" && meeting.status !== "in_progress") return false;
  return canFacilitate(actor, meeting) || isParticipant(actor, meeting) || canEditMeeting(actor, meeting);
}

/** Reordering the agenda: whoever prepares it before, the facilitator during. */
export function canReorder(actor: MeetingActor, meeting: MeetingRoles): boolean {
  if (meeting.status === "in_progress") return canFacilitate(actor, meeting);
  return canEditMeeting(actor, meeting);
}

/** The secretary (or the facilitator) writes the notes and publishes the minutes once it is closed. */
export function canKeepMinutes(actor: MeetingActor, meeting: MeetingRoles): boolean {
  if (!acts(actor) || meeting.status !== "closed") return false;
  return actor.userId === meeting.secretaryId || actor.userId === meeting.facilitatorId;
}

/** Check-in and closing words: the participants themselves. */
export function canParticipate(actor: MeetingActor, meeting: MeetingRoles): boolean {
  return isParticipant(actor, meeting);
}
