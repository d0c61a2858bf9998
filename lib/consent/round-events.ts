// The consent round: opening it on the current version, answers, and closing it (facilitator,
// deadline, or everyone having answered). `settle` is the one place a round's result is decided.
import { notify, ok, refuse, type ConsentEvent, type Effect, type TransitionResult } from "./events";
import { adopt, hasStandingObjection, hours, isFacilitator, isProposer } from "./helpers";
import { isStanding, newObjection } from "./objection-test";
import { roundResult } from "./outcome";
import type { Participant, ProcessState, RoundState } from "./types";

type Of<T extends ConsentEvent["type"]> = Extract<ConsentEvent, { type: T }>;

export function openRound(state: ProcessState, e: Of<"open_round">, now: number): TransitionResult {
  if (state.status !== "in_process") return refuse("wrong_step");
  if (state.round?.status === "open") return refuse("round_open");
  if (state.step !== "amendment" && state.step !== "consent_round" && state.step !== "integration") return refuse("wrong_step");
  if (!isProposer(state, e.actor) && !isFacilitator(e.actor)) return refuse("not_allowed");
  // Integration ends with a new round on the amended version. (With nothing standing on the same
  // version the proposal was already adopted when the last objection was ruled out.)
  if (state.step === "integration" && state.round && hasStandingObjection(state.round)) return refuse("objections_unresolved");
  if (!validParticipants(e.participants)) return refuse("invalid_participants");
  const deadlineAt = e.asynchronous ? (e.deadlineAt ?? now + hours(state.settings.defaultDeadlineHours)) : null;
  if (e.asynchronous ? deadlineAt === null || deadlineAt <= now : e.deadlineAt !== undefined) return refuse("invalid_deadline");

  const { abstentionAllowed, absenteePolicy, quorumPercent } = state.settings;
  const round: RoundState = {
    number: (state.round?.number ?? 0) + 1,
    versionNumber: state.currentVersion,
    status: "open",
    result: null,
    asynchronous: e.asynchronous,
    settings: { abstentionAllowed, absenteePolicy, quorumPercent },
    participants: e.participants.map((p) => ({ ...p })),
    answers: [],
    superseded: [],
    openedAt: now,
    deadlineAt,
    closedAt: null,
  };
  const effects: Effect[] = notify("round_opened", round.participants.map((p) => p.userId));
  if (deadlineAt !== null) effects.push({ type: "schedule_deadline", at: deadlineAt });
  return ok({ ...state, step: "consent_round", deadlineAt, round }, effects);
}

// Non-empty, one entry per user, and at most one election nominee (two would wait for each other).
function validParticipants(ps: readonly Participant[]): boolean {
  const ids = new Set(ps.map((p) => p.userId));
  return ps.length > 0 && ids.size === ps.length && ps.filter((p) => p.answersLast).length <= 1;
}

export function answer(state: ProcessState, e: Of<"answer">, now: number): TransitionResult {
  const round = state.round;
  if (!round) return refuse("wrong_step");
  if (round.status !== "open") return refuse("round_closed");
  const me = round.participants.find((p) => p.userId === e.actor.userId);
  if (!me) return refuse("not_a_participant");
  const answered = new Set(round.answers.map((a) => a.userId));
  const othersPending = round.participants.some((p) => p.userId !== me.userId && !answered.has(p.userId));
  if (me.answersLast && othersPending) return refuse("must_answer_last");
  if (e.kind === "abstention" && !round.settings.abstentionAllowed) return refuse("abstention_not_allowed");
  const reason = e.reason.trim();
  if (e.kind !== "consent" && reason === "") return refuse("reason_required");
  if ([...round.answers, ...round.superseded].some((a) => a.id === e.answerId)) return refuse("duplicate_answer_id");

  const previous = round.answers.find((a) => a.userId === me.userId);
  const next: RoundState = {
    ...round,
    answers: [
      ...round.answers.filter((a) => a.userId !== me.userId),
      { id: e.answerId, userId: me.userId, kind: e.kind, reason, at: now, supersededAt: null, objection: e.kind === "objection" ? newObjection() : null },
    ],
    superseded: previous ? [...round.superseded, { ...previous, supersededAt: now }] : round.superseded,
  };
  const effects: Effect[] = e.kind === "objection" ? notify("objection_raised", [state.proposerId]) : [];
  const after: ProcessState = { ...state, round: next };
  if (next.answers.length === next.participants.length) {
    const closed = settle(after, now);
    return ok(closed.state, [...effects, ...closed.effects]);
  }
  const missing = next.participants.filter((p) => !next.answers.some((a) => a.userId === p.userId));
  if (!previous && missing.length === 1 && missing[0]?.answersLast) effects.push(...notify("your_turn", [missing[0].userId]));
  return ok(after, effects);
}

export function closeRound(state: ProcessState, e: Of<"close_round">, now: number): TransitionResult {
  if (!state.round) return refuse("wrong_step");
  if (!isFacilitator(e.actor)) return refuse("not_allowed");
  if (state.round.status !== "open") return ok(state);
  const settled = settle(state, now);
  return ok(settled.state, settled.effects);
}

/** The clock. A tick with nothing due is harmless: it may race with a facilitator's close. */
export function deadline(state: ProcessState, now: number): TransitionResult {
  if (state.status !== "in_process" || state.deadlineAt === null) return ok(state);
  if (now < state.deadlineAt) return refuse("too_early");
  const round = state.round;
  if (state.step === "consent_round" && round?.status === "open") {
    const settled = settle(state, now);
    return ok(settled.state, settled.effects);
  }
  if (state.step === "integration" && round && hasStandingObjection(round)) {
    return ok({ ...state, status: "expired", deadlineAt: null }, [{ type: "announce", outcome: "expired" }]);
  }
  return ok({ ...state, deadlineAt: null });
}

/** Decide the open round's result now; under policy B with absentees the round stays open. */
function settle(state: ProcessState, now: number): { state: ProcessState; effects: Effect[] } {
  const round = state.round as RoundState;
  const verdicts = Object.fromEntries(round.answers.flatMap((a) => (a.objection ? [[a.id, a.objection.verdict]] : [])));
  const { result } = roundResult(round.answers, round.participants, round.settings, verdicts);

  if (result === "awaiting_absentees") {
    if (round.result === "awaiting_absentees") return { state: { ...state, deadlineAt: null }, effects: [] };
    const absent = round.participants.filter((p) => !round.answers.some((a) => a.userId === p.userId)).map((p) => p.userId);
    return { state: { ...state, deadlineAt: null, round: { ...round, result } }, effects: notify("answer_reminder", absent) };
  }
  const closed: RoundState = { ...round, status: "closed", result, closedAt: now };
  if (result === "no_objection") return adopt(state, closed, now);
  if (result === "no_quorum") return { state: { ...state, deadlineAt: null, round: closed }, effects: notify("no_quorum", [state.proposerId]) };
  // Objections: integration, with its own deadline when the process is asynchronous.
  const deadlineAt = round.asynchronous ? now + hours(state.settings.defaultDeadlineHours) : null;
  const objectors = closed.answers.filter((a) => a.objection && isStanding(a.objection)).map((a) => a.userId);
  const effects: Effect[] = notify("integration_needed", [state.proposerId, ...objectors]);
  if (deadlineAt !== null) effects.push({ type: "schedule_deadline", at: deadlineAt });
  return { state: { ...state, step: "integration", deadlineAt, round: closed }, effects };
}
