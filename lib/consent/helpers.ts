// Small shared pieces of the transitions: who may do what, and the adoption every path ends with.
import type { Actor, Effect } from "./events";
import { isStanding } from "./objection-test";
import type { Answer, ObjectionState, ProcessState, RoundState } from "./types";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function hours(n: number): number {
  return n * HOUR;
}

export function isProposer(state: ProcessState, actor: Actor): boolean {
  return actor.userId === state.proposerId;
}

export function isFacilitator(actor: Actor): boolean {
  return actor.facilitator === true;
}

export function mayTestObjections(state: ProcessState, actor: Actor): boolean {
  if (isFacilitator(actor)) return true;
  return state.settings.objectionTester === "facilitator_or_lead_link" && actor.leadLink === true;
}

export function isParticipant(round: RoundState, userId: string): boolean {
  return round.participants.some((p) => p.userId === userId);
}

/** The current objection raised by this answer id in the round, if any (superseded ones are not). */
export function currentObjection(round: RoundState, answerId: string): (Answer & { objection: ObjectionState }) | null {
  const a = round.answers.find((x) => x.id === answerId);
  return a && a.kind === "objection" && a.objection ? (a as Answer & { objection: ObjectionState }) : null;
}

export function hasStandingObjection(round: RoundState): boolean {
  return round.answers.some((a) => a.kind === "objection" && a.objection !== null && isStanding(a.objection));
}

export function replaceAnswer(round: RoundState, answerId: string, objection: ObjectionState): RoundState {
  return { ...round, answers: round.answers.map((a) => (a.id === answerId ? { ...a, objection } : a)) };
}

/** The round's version is adopted: the caller applies its change set and records the Decision. */
export function adopt(state: ProcessState, round: RoundState, now: number): { state: ProcessState; effects: Effect[] } {
  return {
    state: { ...state, status: "adopted", deadlineAt: null, round },
    effects: [
      { type: "adopt", versionNumber: round.versionNumber, roundNumber: round.number, reviewAt: now + state.settings.reviewPeriodDays * DAY },
      { type: "announce", outcome: "adopted" },
    ],
  };
}

/** An open round ends without a result (withdrawal, escalation); a finished one is left as it is. */
export function cancelIfOpen(round: RoundState | null, now: number): RoundState | null {
  // A cancelled round has no result, not even the provisional `awaiting_absentees`.
  return round && round.status === "open" ? { ...round, status: "cancelled", result: null, closedAt: now } : round;
}
