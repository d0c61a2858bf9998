// Builders shared by this folder's tests. Every state is reached through `transition` itself, so a
// test never starts from a state the machine could not produce.
import type { Actor, ConsentEvent, Effect } from "./events";
import { draftProcess, transition } from "./machine";
import { presetSettings } from "./presets";
import type { Participant, ProcessSettings, ProcessState } from "./types";

export const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
export const HOUR = 3_600_000;
export const LATER = T0 + 365 * 24 * HOUR;

export const PROPOSER: Actor = { userId: "u-proposer" };
export const FACILITATOR: Actor = { userId: "u-facilitator", facilitator: true };
export const LEAD_LINK: Actor = { userId: "u-lead", leadLink: true };
export const OBSERVER: Actor = { userId: "u-observer" };
export const A: Actor = { userId: "u-a" };
export const B: Actor = { userId: "u-b" };
export const C: Actor = { userId: "u-c" };

export function participants(actors: readonly Actor[], circleId = "circle-1"): Participant[] {
  return actors.map((a) => ({ userId: a.userId, circleId, answersLast: false }));
}

export const ABC = participants([A, B, C]);

/** An event, optionally with the time it happens at. */
export type Step = ConsentEvent | readonly [ConsentEvent, number];

/** Applies events in order, one second apart unless timed; throws on a refusal, with its reason. */
export function run(state: ProcessState, events: readonly Step[], start = T0): { state: ProcessState; effects: Effect[] } {
  let current = state;
  const effects: Effect[] = [];
  events.forEach((step, i) => {
    const [event, at] = Array.isArray(step) ? (step as readonly [ConsentEvent, number]) : [step as ConsentEvent, start + i * 1000];
    const r = transition(current, event, at);
    if (!r.ok) throw new Error(`${event.type} refused: ${r.reason}`);
    current = r.state;
    effects.push(...r.effects);
  });
  return { state: current, effects };
}

export function draft(settings: ProcessSettings = presetSettings("holacracy")): ProcessState {
  return draftProcess(PROPOSER.userId, settings);
}

export const ev = {
  submit: (path: "full" | "light" = "full"): ConsentEvent => ({ type: "submit", actor: PROPOSER, path }),
  advance: (): ConsentEvent => ({ type: "advance", actor: FACILITATOR }),
  openUntil: (deadlineAt: number, ps: readonly Participant[] = ABC): ConsentEvent => ({ type: "open_round", actor: FACILITATOR, participants: ps, asynchronous: true, deadlineAt }),
  open: (ps: readonly Participant[] = ABC, asynchronous = true): ConsentEvent => ({ type: "open_round", actor: FACILITATOR, participants: ps, asynchronous }),
  consent: (who: Actor, id: string): ConsentEvent => ({ type: "answer", actor: who, answerId: id, kind: "consent", reason: "" }),
  object: (who: Actor, id: string, reason = "It would stop us paying suppliers on time."): ConsentEvent => ({ type: "answer", actor: who, answerId: id, kind: "objection", reason }),
  abstain: (who: Actor, id: string, reason = "Not concerned."): ConsentEvent => ({ type: "answer", actor: who, answerId: id, kind: "abstention", reason }),
  close: (): ConsentEvent => ({ type: "close_round", actor: FACILITATOR }),
  deadline: (): ConsentEvent => ({ type: "deadline" }),
  valid: (id: string): ConsentEvent => ({ type: "test_objection", actor: FACILITATOR, answerId: id, criteria: allCriteria(true), verdict: "valid", note: "" }),
  notValid: (id: string): ConsentEvent => ({ type: "test_objection", actor: FACILITATOR, answerId: id, criteria: { ...allCriteria(null), reducesCapacity: false }, verdict: "not_valid", note: "A better idea, not harm." }),
  amend: (addresses: string[] = []): ConsentEvent => ({ type: "amend", actor: PROPOSER, addresses }),
  confirm: (who: Actor, id: string): ConsentEvent => ({ type: "confirm_integration", actor: who, answerId: id }),
  escalate: (who: Actor = A): ConsentEvent => ({ type: "escalate", actor: who }),
  resume: (path: "full" | "light" = "full"): ConsentEvent => ({ type: "resume", actor: FACILITATOR, path }),
  withdraw: (): ConsentEvent => ({ type: "withdraw", actor: PROPOSER }),
  abandon: (): ConsentEvent => ({ type: "abandon", actor: FACILITATOR }),
};

export function allCriteria(v: boolean | null) {
  return { reducesCapacity: v, createdByProposal: v, notSafeToTry: v, limitsObjectorRole: v, breaksRules: v };
}

/** Freezes a state deeply, so a transition that mutates its input throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
