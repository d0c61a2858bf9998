// What the proposal page shows of its process: the state as the machine sees it, the names of the
// people in it, what the current member may do (policy.ts), the decision once adopted, and the
// conflict that sent an adoption back to its proposer. Read-only; scoped by the organisation.
import "server-only";
import type { MemberContext } from "@/lib/organizations/context";
import { db } from "@/lib/server/db";
import { actorOf } from "./capacities";
import { loadProcess } from "./load";
import { liveMeetingOf, withMeetingFacilitator } from "./meeting";
import { can, PROCESS_ACTIONS, type ProcessAction } from "./policy";
import type { Conflict } from "./run";

export async function processView(context: MemberContext, proposalId: string) {
  const organizationId = context.organization.id;
  const now = Date.now();
  // Plain reads, outside a transaction: at READ COMMITTED one would give each statement its own
  // snapshot all the same, and would cost a connection held, a BEGIN and a COMMIT on every view.
  const loaded = await loadProcess(db, organizationId, proposalId, { ids: [] });
  if (!loaded || (loaded.state.status === "draft" && loaded.proposal.authorId !== context.user.id)) return null;
  const { state } = loaded;
  const live = await liveMeetingOf(db, organizationId, proposalId);
  const actor = withMeetingFacilitator(await actorOf(db, organizationId, loaded.proposal.circleId, context.user.id), live);
  const policyActor = { userId: context.user.id, permission: context.membership.permission, facilitator: actor.facilitator === true, leadLink: actor.leadLink === true };
  const allowed = Object.fromEntries(PROCESS_ACTIONS.map((a) => [a, can(policyActor, a, state, now)])) as Record<ProcessAction, boolean>;
  const objections = (state.round?.answers ?? []).filter((a) => a.objection !== null).map((a) => ({
    ...a, objection: a.objection!,
    mayTest: can(policyActor, "test_objection", state, now, a.id),
    mayConfirm: can(policyActor, "confirm_integration", state, now, a.id),
  }));
  const userIds = new Set<string>([state.proposerId, ...(state.round?.participants.map((p) => p.userId) ?? [])]);
  objections.forEach((o) => o.objection.testedBy && userIds.add(o.objection.testedBy));
  const users = await db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } });
  // A transversal round answers per affected circle (consent.md §4): the circles' names, to show it.
  const roundCircleIds = [...new Set(state.round?.participants.map((p) => p.circleId) ?? [])];
  const circles = roundCircleIds.length > 1
    ? await db.circle.findMany({ where: { organizationId, id: { in: roundCircleIds } }, select: { id: true, name: true }, orderBy: { name: "asc" } })
    : [];
  const version = await db.proposalVersion.findFirstOrThrow({
    where: { organizationId, proposalId, number: state.currentVersion }, select: { title: true, reasons: true, body: true },
  });
  const decision = state.status === "adopted" ? await db.decision.findFirst({ where: { organizationId, proposalId }, select: { id: true } }) : null;
  const refusal = state.status === "in_process" && state.step === "amendment"
    ? await db.event.findFirst({ where: { organizationId, subjectId: proposalId, kind: { startsWith: "consent." } }, orderBy: { occurredAt: "desc" }, select: { data: true, occurredAt: true } })
    : null;
  // The latest event of the process is the one that sent it back, if it did (it carries the conflict).
  const conflict = (refusal?.data as { conflict?: Conflict } | undefined)?.conflict ?? null;
  const conflictChange = conflict && conflict.index >= 0
    ? await db.proposalChange.findFirst({ where: { organizationId, version: { proposalId, number: state.round?.versionNumber ?? state.currentVersion }, position: conflict.index }, select: { kind: true } })
    : null;
  return {
    state, allowed, objections, version, decisionId: decision?.id ?? null,
    conflict: conflict ? { ...conflict, kind: conflictChange?.kind ?? null } : null,
    names: new Map(users.map((u) => [u.id, u.name])),
    circles,
    me: context.user.id,
    isParticipant: state.round?.participants.some((p) => p.userId === context.user.id) ?? false,
    meetingId: live?.id ?? null,
  };
}

export type ProcessView = NonNullable<Awaited<ReturnType<typeof processView>>>;
