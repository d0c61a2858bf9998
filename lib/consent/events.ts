// What can happen to a proposal's process (events), what the caller must then do (effects), and
// why the machine may refuse (reasons). The caller (database layer) derives each actor's
// capacities from the governance record: the machine only knows the proposer and the participants.
import type { ObjectionCriteria, Participant, ProcessState, ResponseKind } from "./types";

export interface Actor {
  /** A User id. */
  userId: string;
  /** Fills the facilitator role of the proposal's circle. */
  facilitator?: boolean;
  /** Fills the lead link role of the proposal's circle. */
  leadLink?: boolean;
}

export type ConsentEvent =
  /** Proposer: draft → in process; "light" goes straight to the consent round. */
  | { type: "submit"; actor: Actor; path: "full" | "light" }
  /** Proposer or facilitator: presentation → clarifying questions → reactions → amendment. */
  | { type: "advance"; actor: Actor }
  /** Proposer: a new version (number = currentVersion + 1), integrating the listed objections. */
  | { type: "amend"; actor: Actor; addresses: readonly string[] }
  /** Proposer or facilitator: a round on the current version; deadline defaults from the settings. */
  | { type: "open_round"; actor: Actor; participants: readonly Participant[]; asynchronous: boolean; deadlineAt?: number }
  /** A participant answers (or changes their answer); `answerId` is the new `Response` id. */
  | { type: "answer"; actor: Actor; answerId: string; kind: ResponseKind; reason: string }
  /** Facilitator closes the open round. Closing a closed round changes nothing. */
  | { type: "close_round"; actor: Actor }
  /** The clock: the deadline in `state.deadlineAt` has come (a tick with nothing due does nothing). */
  | { type: "deadline" }
  /** Facilitator (or lead link, if the settings allow) records the test of an objection. */
  | { type: "test_objection"; actor: Actor; answerId: string; criteria: ObjectionCriteria; verdict: "valid" | "not_valid" | "withdrawn"; note: string }
  /** Objector or proposer confirms that the integration resolves the objection. */
  | { type: "confirm_integration"; actor: Actor; answerId: string }
  /** A participant sends an asynchronous round to the next governance meeting. */
  | { type: "escalate"; actor: Actor }
  /** Facilitator takes an escalated proposal up again (in the meeting). */
  | { type: "resume"; actor: Actor; path: "full" | "light" }
  /** Proposer withdraws the proposal. */
  | { type: "withdraw"; actor: Actor }
  /** Facilitator records that no integration was found. */
  | { type: "abandon"; actor: Actor }
  /** The record refused the adopted change set (conflict): back to the proposer, never persisted as adopted. */
  | { type: "adoption_refused"; conflict: string };

export type ConsentEventType = ConsentEvent["type"];

export type Outcome = "adopted" | "withdrawn" | "abandoned" | "escalated" | "expired";

export type NotifyTopic =
  | "round_opened"
  | "your_turn"
  | "answer_reminder"
  | "objection_raised"
  | "objection_tested"
  | "integration_needed"
  | "integration_to_confirm"
  | "objection_resolved"
  | "no_quorum"
  | "adoption_refused";

export type Effect =
  /** Apply the version's change set and record the Decision, in the same transaction. */
  | { type: "adopt"; versionNumber: number; roundNumber: number; reviewAt: number }
  /** Tell the affected circle(s) and write the activity log entry of an outcome. */
  | { type: "announce"; outcome: Outcome }
  /** Notify these users (User ids, never empty, no duplicates). */
  | { type: "notify"; topic: NotifyTopic; userIds: string[]; detail?: string }
  /** Make sure a `deadline` event reaches the machine at `at`. */
  | { type: "schedule_deadline"; at: number };

export const REFUSALS = [
  "wrong_step",
  "not_allowed",
  "not_a_participant",
  "round_open",
  "round_closed",
  "abstention_not_allowed",
  "reason_required",
  "must_answer_last",
  "duplicate_answer_id",
  "invalid_participants",
  "invalid_deadline",
  "too_early",
  "unknown_objection",
  "objection_not_standing",
  "objection_resolved",
  "verdict_inconsistent",
  "not_integrated",
  "objections_unresolved",
] as const;
export type Refusal = (typeof REFUSALS)[number];

export type TransitionResult =
  | { ok: true; state: ProcessState; effects: Effect[] }
  | { ok: false; reason: Refusal };

export function ok(state: ProcessState, effects: Effect[] = []): TransitionResult {
  return { ok: true, state, effects };
}

export function refuse(reason: Refusal): TransitionResult {
  return { ok: false, reason };
}

/** A notify effect, or nothing when nobody is left to tell. */
export function notify(topic: NotifyTopic, userIds: readonly string[], detail?: string): Effect[] {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return [];
  return [detail === undefined ? { type: "notify", topic, userIds: unique } : { type: "notify", topic, userIds: unique, detail }];
}
