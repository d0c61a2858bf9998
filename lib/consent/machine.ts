// The consent process as a pure state machine (docs/decisions/0005-consent-state-machine.md):
// `transition(state, event, now)` never mutates its input, never reads the clock, and returns the
// next state with the effects the caller must carry out in the same transaction, or a refusal.
import type { ConsentEvent, TransitionResult } from "./events";
import { amend, confirmIntegration, testObjection } from "./objection-events";
import { abandon, adoptionRefused, advance, escalate, resume, submit, withdraw } from "./process-events";
import { answer, closeRound, deadline, openRound } from "./round-events";
import type { ProcessState } from "./types";

export function transition(state: ProcessState, event: ConsentEvent, now: number): TransitionResult {
  switch (event.type) {
    case "submit":
      return submit(state, event);
    case "advance":
      return advance(state, event);
    case "amend":
      return amend(state, event);
    case "open_round":
      return openRound(state, event, now);
    case "answer":
      return answer(state, event, now);
    case "close_round":
      return closeRound(state, event, now);
    case "deadline":
      return deadline(state, now);
    case "test_objection":
      return testObjection(state, event, now);
    case "confirm_integration":
      return confirmIntegration(state, event, now);
    case "escalate":
      return escalate(state, event, now);
    case "resume":
      return resume(state, event);
    case "withdraw":
      return withdraw(state, event, now);
    case "abandon":
      return abandon(state, event);
    case "adoption_refused":
      return adoptionRefused(state, event);
  }
}

/** A new proposal's process: a draft at version 1 with the circle's current settings. */
export function draftProcess(proposerId: string, settings: ProcessState["settings"]): ProcessState {
  return { status: "draft", step: null, proposerId, currentVersion: 1, deadlineAt: null, settings: { ...settings }, round: null };
}
