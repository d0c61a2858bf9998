// The proposal-level events: entering the process, moving through the preparatory steps, and the
// outcomes that are not decided by a round (withdrawn, abandoned, escalated) and their reversals.
import { notify, ok, refuse, type ConsentEvent, type TransitionResult } from "./events";
import { cancelIfOpen, isFacilitator, isParticipant, isProposer } from "./helpers";
import type { ProcessState, ProcessStep } from "./types";

type Of<T extends ConsentEvent["type"]> = Extract<ConsentEvent, { type: T }>;

const NEXT_STEP: Partial<Record<ProcessStep, ProcessStep>> = {
  presentation: "clarifying_questions",
  clarifying_questions: "reactions",
  reactions: "amendment",
};

function firstStep(path: "full" | "light"): ProcessStep {
  return path === "light" ? "consent_round" : "presentation";
}

export function submit(state: ProcessState, e: Of<"submit">): TransitionResult {
  if (state.status !== "draft") return refuse("wrong_step");
  if (!isProposer(state, e.actor)) return refuse("not_allowed");
  return ok({ ...state, status: "in_process", step: firstStep(e.path) });
}

export function advance(state: ProcessState, e: Of<"advance">): TransitionResult {
  const next = state.status === "in_process" && state.step ? NEXT_STEP[state.step] : undefined;
  if (!next) return refuse("wrong_step");
  if (!isProposer(state, e.actor) && !isFacilitator(e.actor)) return refuse("not_allowed");
  return ok({ ...state, step: next });
}

export function withdraw(state: ProcessState, e: Of<"withdraw">, now: number): TransitionResult {
  if (state.status !== "draft" && state.status !== "in_process" && state.status !== "escalated") return refuse("wrong_step");
  if (!isProposer(state, e.actor)) return refuse("not_allowed");
  const next: ProcessState = { ...state, status: "withdrawn", deadlineAt: null, round: cancelIfOpen(state.round, now) };
  // A draft was never shown to the circle: nothing to announce.
  return ok(next, state.status === "draft" ? [] : [{ type: "announce", outcome: "withdrawn" }]);
}

export function abandon(state: ProcessState, e: Of<"abandon">): TransitionResult {
  if (state.status !== "in_process" || state.step !== "integration") return refuse("wrong_step");
  if (!isFacilitator(e.actor)) return refuse("not_allowed");
  return ok({ ...state, status: "abandoned", deadlineAt: null }, [{ type: "announce", outcome: "abandoned" }]);
}

/** Only an asynchronous round can be escalated: a meeting round is already in a meeting. */
export function escalate(state: ProcessState, e: Of<"escalate">, now: number): TransitionResult {
  const round = state.round;
  const inRoundSteps = state.step === "consent_round" || state.step === "integration";
  if (state.status !== "in_process" || !inRoundSteps || !round || !round.asynchronous || round.status === "cancelled") {
    return refuse("wrong_step");
  }
  if (!isParticipant(round, e.actor.userId)) return refuse("not_a_participant");
  return ok({ ...state, status: "escalated", deadlineAt: null, round: cancelIfOpen(round, now) }, [{ type: "announce", outcome: "escalated" }]);
}

export function resume(state: ProcessState, e: Of<"resume">): TransitionResult {
  if (state.status !== "escalated") return refuse("wrong_step");
  if (!isFacilitator(e.actor)) return refuse("not_allowed");
  return ok({ ...state, status: "in_process", step: firstStep(e.path), deadlineAt: null });
}

/**
 * The record refused the change set of an adoption computed a moment ago (e.g. it conflicts with a
 * change adopted meanwhile). The caller rolled the adoption back and never persisted `adopted`;
 * the proposal goes back to its proposer, at the amendment step, with the conflict explained.
 */
export function adoptionRefused(state: ProcessState, e: Of<"adoption_refused">): TransitionResult {
  if (state.status !== "adopted") return refuse("wrong_step");
  return ok({ ...state, status: "in_process", step: "amendment", deadlineAt: null }, notify("adoption_refused", [state.proposerId], e.conflict));
}
