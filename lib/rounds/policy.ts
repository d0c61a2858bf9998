// Who may do what in a proposal's process, as a pure function: the organisation permission first
// (observers see, never act), then the governance record's capacities and the process state, by
// asking the machine whether a representative event would be accepted. The page shows a button
// only when `can` says yes; the actions still decide for themselves (they run the same machine on
// the locked state, with the real input).
import type { OrgPermission } from "@/lib/generated/prisma/enums";
import { transition } from "@/lib/consent/machine";
import type { ConsentEvent } from "@/lib/consent/events";
import type { ProcessState } from "@/lib/consent/types";

export const PROCESS_ACTIONS = [
  "submit", "advance", "open_round", "answer", "close_round", "test_objection", "confirm_integration",
  "amend", "escalate", "withdraw", "abandon", "resume",
] as const;
export type ProcessAction = (typeof PROCESS_ACTIONS)[number];

export type PolicyActor = {
  userId: string;
  permission: OrgPermission;
  /** Holds the facilitator / lead link role of the proposal's circle. */
  facilitator: boolean;
  leadLink: boolean;
};

/** `target`: the objection (its answer id) for test_objection and confirm_integration. */
export function can(actor: PolicyActor, action: ProcessAction, state: ProcessState, now: number, target?: string): boolean {
  if (actor.permission === "observer") return false;
  const event = probe(actor, action, state, now, target);
  return event !== null && transition(state, event, now).ok;
}

function probe(actor: PolicyActor, action: ProcessAction, state: ProcessState, now: number, target?: string): ConsentEvent | null {
  const who = { userId: actor.userId, facilitator: actor.facilitator, leadLink: actor.leadLink };
  switch (action) {
    case "submit": return { type: "submit", actor: who, path: "full" };
    case "advance": return { type: "advance", actor: who };
    // Whether a snapshot is empty is the record's business, not a permission: probe with one person.
    case "open_round": return { type: "open_round", actor: who, participants: [{ userId: actor.userId, circleId: "probe", answersLast: false }], asynchronous: true };
    // A fresh id: the machine refuses a duplicate one.
    case "answer": return { type: "answer", actor: who, answerId: `probe-${now}`, kind: "consent", reason: "" };
    case "close_round": return { type: "close_round", actor: who };
    case "test_objection": {
      const id = target ?? firstObjection(state);
      return id ? { type: "test_objection", actor: who, answerId: id, criteria: { reducesCapacity: null, createdByProposal: null, notSafeToTry: null, limitsObjectorRole: null, breaksRules: null }, verdict: "withdrawn", note: "" } : null;
    }
    case "confirm_integration": {
      const id = target ?? firstObjection(state);
      return id ? { type: "confirm_integration", actor: who, answerId: id } : null;
    }
    // An amendment that integrates objections happens during integration only (other amendments
    // are the proposal editor's); which objections it addresses is checked with the real input.
    case "amend": return state.step === "integration" ? { type: "amend", actor: who, addresses: [] } : null;
    case "escalate": return { type: "escalate", actor: who };
    case "withdraw": return state.status === "draft" ? null : { type: "withdraw", actor: who };
    case "abandon": return { type: "abandon", actor: who };
    case "resume": return { type: "resume", actor: who, path: "full" };
  }
}

function firstObjection(state: ProcessState): string | null {
  return state.round?.answers.find((a) => a.objection !== null)?.id ?? null;
}
