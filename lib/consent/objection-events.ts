// Objections after they are raised: tested by the facilitator (or lead link), integrated by an
// amendment, and resolved when both the objector and the proposer confirm.
import { notify, ok, refuse, type ConsentEvent, type Effect, type TransitionResult } from "./events";
import { adopt, currentObjection, hasStandingObjection, isProposer, mayTestObjections, replaceAnswer } from "./helpers";
import { isResolved, isStanding, verdictFromCriteria } from "./objection-test";
import type { ProcessState, RoundState } from "./types";

type Of<T extends ConsentEvent["type"]> = Extract<ConsentEvent, { type: T }>;

/** While the round is open, or during integration (objections raised asynchronously are tested late). */
export function testObjection(state: ProcessState, e: Of<"test_objection">, now: number): TransitionResult {
  const round = state.round;
  const testable = round !== null && (round.status === "open" || state.step === "integration");
  if (state.status !== "in_process" || !testable) return refuse("wrong_step");
  if (!mayTestObjections(state, e.actor)) return refuse("not_allowed");
  const target = currentObjection(round, e.answerId);
  if (!target) return refuse("unknown_objection");
  if (isResolved(target.objection)) return refuse("objection_resolved");
  if (e.verdict !== "withdrawn" && verdictFromCriteria(e.criteria) !== e.verdict) return refuse("verdict_inconsistent");

  const tested = { ...target.objection, criteria: { ...e.criteria }, verdict: e.verdict, note: e.note.trim(), testedBy: e.actor.userId, testedAt: now };
  const next: RoundState = replaceAnswer(round, e.answerId, tested);
  const effects: Effect[] = notify("objection_tested", [target.userId]);
  // The round already closed on objections; if none stands any more and the proposal was not
  // amended since, the version it answered is adopted: nothing is left to integrate.
  if (state.step === "integration" && !hasStandingObjection(next) && state.currentVersion === next.versionNumber) {
    const adopted = adopt(state, next, now);
    return ok(adopted.state, [...effects, ...adopted.effects]);
  }
  return ok({ ...state, round: next }, effects);
}

/** Only the proposer changes the proposal; each amendment is a new version. */
export function amend(state: ProcessState, e: Of<"amend">): TransitionResult {
  if (state.status !== "in_process") return refuse("wrong_step");
  if (state.round?.status === "open") return refuse("round_open");
  if (state.step !== "amendment" && state.step !== "integration" && state.step !== "consent_round") return refuse("wrong_step");
  if (!isProposer(state, e.actor)) return refuse("not_allowed");
  const addresses = [...new Set(e.addresses)];
  const round = state.round;
  if (addresses.length > 0 && (state.step !== "integration" || !round)) return refuse("unknown_objection");

  const version = state.currentVersion + 1;
  let next = round;
  for (const id of addresses) {
    const target = next && currentObjection(next, id);
    if (!next || !target) return refuse("unknown_objection");
    if (isResolved(target.objection)) return refuse("objection_resolved");
    if (!isStanding(target.objection)) return refuse("objection_not_standing");
    // A new integration must be confirmed afresh.
    next = replaceAnswer(next, id, { ...target.objection, integrationVersion: version, objectorConfirmedAt: null, proposerConfirmedAt: null });
  }
  const objectors = addresses.map((id) => round?.answers.find((a) => a.id === id)?.userId ?? "").filter(Boolean);
  return ok({ ...state, currentVersion: version, round: next }, notify("integration_to_confirm", objectors));
}

export function confirmIntegration(state: ProcessState, e: Of<"confirm_integration">, now: number): TransitionResult {
  const round = state.round;
  if (state.status !== "in_process" || state.step !== "integration" || !round) return refuse("wrong_step");
  const target = currentObjection(round, e.answerId);
  if (!target) return refuse("unknown_objection");
  if (target.objection.integrationVersion === null) return refuse("not_integrated");
  const byObjector = e.actor.userId === target.userId;
  const byProposer = isProposer(state, e.actor);
  if (!byObjector && !byProposer) return refuse("not_allowed");

  const o = target.objection;
  const confirmed = {
    ...o,
    objectorConfirmedAt: byObjector ? (o.objectorConfirmedAt ?? now) : o.objectorConfirmedAt,
    proposerConfirmedAt: byProposer ? (o.proposerConfirmedAt ?? now) : o.proposerConfirmedAt,
  };
  const effects = !isResolved(o) && isResolved(confirmed) ? notify("objection_resolved", [state.proposerId, target.userId]) : [];
  return ok({ ...state, round: replaceAnswer(round, e.answerId, confirmed) }, effects);
}
