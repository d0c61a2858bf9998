// The use cases of a proposal's process (consent.md §2–§5), one per action. Each runs one event
// through run.ts (lock, machine, write, effects, journal) as the member of `ctx`; the machine
// decides every rule, the governance record gives the actor's capacities and the round's
// participants. Results: RunResult (ok, or a refusal code the actions translate).
import type { Db } from "@/lib/server/db";
import type { Actor } from "@/lib/consent/events";
import type { ObjectionCriteria, ResponseKind } from "@/lib/consent/types";
import { participantSnapshot } from "./capacities";
import { meetingParticipants } from "./meeting";
import { newAnswerId, observerRefusal, type ProcessContext } from "./context";
import { type RunInput, type RunResult, runEvent } from "./run";

type Build = (context: Omit<Parameters<RunInput["event"]>[0], "actor"> & { actor: Actor }) => ReturnType<RunInput["event"]>;

function run(db: Db, ctx: ProcessContext, proposalId: string, event: Build, data?: RunInput["data"], answerIds?: RunInput["answerIds"]): Promise<RunResult> {
  const refused = observerRefusal(ctx);
  if (refused) return Promise.resolve(refused);
  return runEvent(db, {
    organizationId: ctx.organization.id, proposalId, actorUserId: ctx.user.id, now: new Date(), data, answerIds,
    event: async (context) => {
      // Someone else's draft is as invisible as an unknown id.
      if (context.loaded.state.status === "draft" && context.loaded.proposal.authorId !== ctx.user.id) return { ok: false, reason: "not_found" };
      // A member always acts as someone: run.ts gives a null actor to the clock only.
      return event({ ...context, actor: context.actor as Actor });
    },
  });
}

export function submitProposal(db: Db, ctx: ProcessContext, input: { proposalId: string; path: "full" | "light" }) {
  return run(db, ctx, input.proposalId, ({ actor }) => ({ type: "submit", actor: actor, path: input.path }), { path: input.path });
}

export function advanceStep(db: Db, ctx: ProcessContext, input: { proposalId: string }) {
  return run(db, ctx, input.proposalId, ({ actor }) => ({ type: "advance", actor: actor }));
}

/** `deadlineAt` undefined: the circle's default deadline; ignored for a meeting round. */
export function openRound(db: Db, ctx: ProcessContext, input: { proposalId: string; asynchronous: boolean; deadlineAt?: Date }) {
  return run(db, ctx, input.proposalId, async ({ tx, loaded, actor, live }) => ({
    type: "open_round", actor: actor, asynchronous: input.asynchronous,
    // Held in the meeting: its participants answer; asynchronous: the circle's, as always.
    participants: live && !input.asynchronous ? await meetingParticipants(tx, loaded.proposal, live) : await participantSnapshot(tx, loaded.proposal),
    ...(input.asynchronous && input.deadlineAt ? { deadlineAt: input.deadlineAt.getTime() } : {}),
  }));
}

export function answerRound(db: Db, ctx: ProcessContext, input: { proposalId: string; kind: ResponseKind; reason: string }) {
  // The id is made first: the state is then read with the one superseded answer it could collide with.
  const answerId = newAnswerId();
  return run(db, ctx, input.proposalId, ({ actor }) => ({ type: "answer", actor: actor, answerId, kind: input.kind, reason: input.reason }), { kind: input.kind }, [answerId]);
}

export function closeRound(db: Db, ctx: ProcessContext, input: { proposalId: string }) {
  return run(db, ctx, input.proposalId, ({ actor }) => ({ type: "close_round", actor: actor }));
}

export function testObjection(
  db: Db, ctx: ProcessContext,
  input: { proposalId: string; objectionId: string; criteria: ObjectionCriteria; verdict: "valid" | "not_valid" | "withdrawn"; note: string },
) {
  return run(db, ctx, input.proposalId, ({ actor }) => ({
    type: "test_objection", actor: actor, answerId: input.objectionId, criteria: input.criteria, verdict: input.verdict, note: input.note,
  }), { objectionId: input.objectionId, verdict: input.verdict });
}

export function confirmIntegration(db: Db, ctx: ProcessContext, input: { proposalId: string; objectionId: string }) {
  return run(db, ctx, input.proposalId, ({ actor }) => ({ type: "confirm_integration", actor: actor, answerId: input.objectionId }), { objectionId: input.objectionId });
}

export function escalateProcess(db: Db, ctx: ProcessContext, input: { proposalId: string }) {
  return run(db, ctx, input.proposalId, ({ actor }) => ({ type: "escalate", actor: actor }));
}

export function resumeProcess(db: Db, ctx: ProcessContext, input: { proposalId: string; path: "full" | "light" }) {
  return run(db, ctx, input.proposalId, ({ actor }) => ({ type: "resume", actor: actor, path: input.path }), { path: input.path });
}

/** In process or escalated only: withdrawing a draft is the proposals module's (withdrawProposal). */
export function withdrawProcess(db: Db, ctx: ProcessContext, input: { proposalId: string }) {
  return run(db, ctx, input.proposalId, ({ loaded, actor }) =>
    loaded.state.status === "draft" ? { ok: false, reason: "wrong_step" } : { type: "withdraw", actor: actor });
}

export function abandonProcess(db: Db, ctx: ProcessContext, input: { proposalId: string }) {
  return run(db, ctx, input.proposalId, ({ actor }) => ({ type: "abandon", actor: actor }));
}
