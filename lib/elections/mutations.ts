// Elections without candidates (consent.md §6), as agenda items of a meeting: the role, term and
// criteria are stated; the facilitator opens the nominations; each participant nominates one
// person with a reason; the facilitator shows them (everyone may then change theirs) and proposes
// someone; a consent round follows in the meeting, the nominee answering last. Each step is one
// locked meeting change (lib/meetings/change.ts): authorised, written and signalled together.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/server/db";
import { changeMeeting, invalid, type Actor, type MeetingResult } from "@/lib/meetings/change";
import type { LockedMeeting } from "@/lib/meetings/load";
import { canAddItem, canFacilitate, isParticipant, type MeetingActor } from "@/lib/meetings/policy";
import { isUuid } from "@/lib/circles/params";
import { openRound, submitProposal } from "@/lib/rounds/mutations";
import { newElection, readDetails, withNomination, type ElectionDetails, type Phase } from "./details";
import { ELECTED_ROLE_WHERE } from "./policy";
import { createElectionProposal } from "./proposal";
import { addElectionSchema, isFutureDay, nominateSchema, proposeSchema, termsSchema } from "./schema";

export type ProposeResult = { ok: true; proposalId: string } | Exclude<MeetingResult, { ok: true }> | { ok: false; reason: "process"; refusal: string; proposalId: string };

type Election = { id: string; details: ElectionDetails };
type Step = (tx: Tx, meeting: LockedMeeting, election: Election) => Promise<MeetingResult | void>;

const notFound: MeetingResult = { ok: false, reason: "not_found" };
const wrong: MeetingResult = { ok: false, reason: "wrong_state" };
const refuse = (field: string, key: string): MeetingResult => ({ ok: false, reason: "invalid", fieldErrors: { [field]: key } });

/** The election being held now: the meeting runs and this is its current item. */
const isCurrent = (meeting: LockedMeeting, itemId: string) => meeting.status === "in_progress" && meeting.currentAgendaItemId === itemId;

/** One change to one election item of the meeting; another meeting's (or organisation's) item is unknown. */
function onElection(db: Db, actor: Actor, meetingId: string, itemId: string, allowed: (who: MeetingActor, m: LockedMeeting) => boolean, step: Step) {
  if (!isUuid(meetingId) || !isUuid(itemId)) return Promise.resolve(notFound);
  return changeMeeting(db, actor, meetingId, "election", allowed, async (tx, meeting) => {
    const item = await tx.agendaItem.findFirst({
      where: { organizationId: meeting.organizationId, meetingId: meeting.id, id: itemId, kind: "election" }, select: { id: true, details: true },
    });
    const details = item ? readDetails(item.details) : null;
    if (!item || !details) return notFound;
    return step(tx, meeting, { id: item.id, details });
  });
}

function save(tx: Tx, meeting: LockedMeeting, itemId: string, details: ElectionDetails, extra: { proposalId?: string } = {}) {
  return tx.agendaItem.update({
    where: { organizationId_id: { organizationId: meeting.organizationId, id: itemId } },
    data: { details: details as unknown as Prisma.InputJsonObject, ...extra },
  });
}

export function addElectionItem(db: Db, actor: Actor, meetingId: string, input: Record<string, unknown>, now = new Date()): Promise<MeetingResult> {
  const parsed = addElectionSchema.safeParse(input);
  if (!parsed.success) return Promise.resolve(invalid(parsed.error));
  const { roleId, termEndsOn, criteria } = parsed.data;
  if (termEndsOn && !isFutureDay(termEndsOn, now)) return Promise.resolve(refuse("termEndsOn", "elections.errors.termInPast"));
  if (!isUuid(meetingId)) return Promise.resolve(notFound);
  return changeMeeting(db, actor, meetingId, "agenda", canAddItem, async (tx, meeting) => {
    const organizationId = meeting.organizationId;
    const role = await tx.role.findFirst({
      where: { organizationId, id: roleId, archivedAt: null, circle: { archivedAt: null }, ...ELECTED_ROLE_WHERE },
      select: { id: true, name: true, assignments: { where: { endedAt: null }, select: { id: true }, take: 2 } },
    });
    if (!role) return refuse("roleId", "elections.errors.roleInvalid");
    const open = await tx.agendaItem.count({
      where: { organizationId, meetingId: meeting.id, kind: "election", status: { in: ["pending", "in_progress"] }, details: { path: ["roleId"], equals: role.id } },
    });
    if (open > 0) return refuse("roleId", "elections.errors.alreadyOnAgenda");
    // A role with one holder (the core roles): electing someone else ends that assignment.
    const ending = role.assignments.length === 1 ? (role.assignments[0]?.id ?? null) : null;
    const last = await tx.agendaItem.aggregate({ where: { organizationId, meetingId: meeting.id }, _max: { position: true } });
    await tx.agendaItem.create({
      data: {
        organizationId, meetingId: meeting.id, position: (last._max.position ?? -1) + 1, kind: "election", title: role.name, addedById: actor.user.id,
        details: newElection(role.id, ending, termEndsOn, criteria) as unknown as Prisma.InputJsonObject,
      },
    });
  });
}

/** The facilitator states the term and criteria, before the nominations open. */
export function setElectionTerms(db: Db, actor: Actor, meetingId: string, itemId: string, input: Record<string, unknown>, now = new Date()) {
  const parsed = termsSchema.safeParse(input);
  if (!parsed.success) return Promise.resolve(invalid(parsed.error));
  const { termEndsOn, criteria } = parsed.data;
  if (termEndsOn && !isFutureDay(termEndsOn, now)) return Promise.resolve(refuse("termEndsOn", "elections.errors.termInPast"));
  return onElection(db, actor, meetingId, itemId, canFacilitate, async (tx, meeting, { id, details }) => {
    if ((meeting.status !== "scheduled" && meeting.status !== "in_progress") || details.phase !== "setup") return wrong;
    await save(tx, meeting, id, { ...details, termEndsOn, criteria });
  });
}

function moveOn(db: Db, actor: Actor, meetingId: string, itemId: string, from: Phase, to: Phase) {
  return onElection(db, actor, meetingId, itemId, canFacilitate, async (tx, meeting, { id, details }) => {
    if (!isCurrent(meeting, id) || details.phase !== from) return wrong;
    if (to === "changing" && details.nominations.length === 0) return refuse("form", "elections.errors.noNominations");
    await save(tx, meeting, id, { ...details, phase: to });
  });
}

export function openNominations(db: Db, actor: Actor, meetingId: string, itemId: string) {
  return moveOn(db, actor, meetingId, itemId, "setup", "nominating");
}

/** Nominations become visible to everyone; anyone may then change theirs. */
export function revealNominations(db: Db, actor: Actor, meetingId: string, itemId: string) {
  return moveOn(db, actor, meetingId, itemId, "nominating", "changing");
}

/** A participant's one nomination, with its reason; nominating again replaces it. */
export function nominate(db: Db, actor: Actor, meetingId: string, itemId: string, input: Record<string, unknown>, now = new Date()) {
  const parsed = nominateSchema.safeParse(input);
  if (!parsed.success) return Promise.resolve(invalid(parsed.error));
  return onElection(db, actor, meetingId, itemId, isParticipant, async (tx, meeting, { id, details }) => {
    if (!isCurrent(meeting, id) || (details.phase !== "nominating" && details.phase !== "changing")) return wrong;
    const nominee = await tx.membership.findFirst({
      where: { organizationId: meeting.organizationId, id: parsed.data.nomineeMembershipId, removedAt: null, permission: { not: "observer" } },
      select: { userId: true },
    });
    if (!nominee) return refuse("nomineeMembershipId", "elections.errors.nomineeInvalid");
    const nomination = { byUserId: actor.user.id, nomineeUserId: nominee.userId, reason: parsed.data.reason, at: now.toISOString() };
    await save(tx, meeting, id, withNomination(details, nomination));
  });
}

/**
 * The facilitator proposes one of the nominated: the proposal and its change set, then (as the
 * facilitator) its submission on the light path and the meeting's consent round, where the nominee
 * answers last (lib/rounds/meeting.ts). Those two run after the proposal exists: if one is
 * refused, the reason is returned and the process section lets the facilitator carry on.
 */
export async function proposeNominee(db: Db, actor: Actor, meetingId: string, itemId: string, input: Record<string, unknown>, now = new Date()): Promise<ProposeResult> {
  const parsed = proposeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error) as Exclude<MeetingResult, { ok: true }>;
  const created = { proposalId: "" };
  const result = await onElection(db, actor, meetingId, itemId, canFacilitate, async (tx, meeting, { id, details }) => {
    if (!isCurrent(meeting, id) || details.phase !== "changing") return wrong;
    const organizationId = meeting.organizationId;
    const nominee = await tx.membership.findFirst({
      where: { organizationId, id: parsed.data.nomineeMembershipId, removedAt: null, permission: { not: "observer" } }, select: { id: true, userId: true },
    });
    if (!nominee || !details.nominations.some((n) => n.nomineeUserId === nominee.userId)) return refuse("nomineeMembershipId", "elections.errors.notNominated");
    const role = await tx.role.findFirst({ where: { organizationId, id: details.roleId, archivedAt: null }, select: { id: true, name: true, circleId: true } });
    if (!role) return refuse("form", "elections.errors.roleInvalid");
    if (details.termEndsOn && !isFutureDay(details.termEndsOn, now)) return refuse("termEndsOn", "elections.errors.termInPast");
    created.proposalId = await createElectionProposal(tx, {
      organizationId, meetingId: meeting.id, itemId: id, details, role, nominee: { membershipId: nominee.id, userId: nominee.userId }, facilitatorId: actor.user.id,
    });
    await save(tx, meeting, id, { ...details, phase: "proposed", nomineeUserId: nominee.userId }, { proposalId: created.proposalId });
  });
  if (!result.ok) return result;
  const { proposalId } = created;
  const submitted = await submitProposal(db, actor, { proposalId, path: "light" });
  if (!submitted.ok) return { ok: false, reason: "process", refusal: submitted.reason, proposalId };
  const opened = await openRound(db, actor, { proposalId, asynchronous: false });
  if (!opened.ok) return { ok: false, reason: "process", refusal: opened.reason, proposalId };
  return { ok: true, proposalId };
}
