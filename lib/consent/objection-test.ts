// Objections are tested, not counted (consent.md §3). An objection is valid when it breaks the
// organisation's rules (e), or when all of (a) reduces capacity, (b) created by this proposal,
// (c) not safe to try and (d) limits one of the objector's roles hold. The facilitator asks in
// order and may stop at the first "no", so unasked criteria are null.
import type { ObjectionCriteria, ObjectionState } from "./types";

/** The verdict the criteria support, or null while the test is incomplete. */
export function verdictFromCriteria(c: ObjectionCriteria): "valid" | "not_valid" | null {
  if (c.breaksRules === true) return "valid";
  const core = [c.reducesCapacity, c.createdByProposal, c.notSafeToTry, c.limitsObjectorRole];
  if (core.every((v) => v === true)) return "valid";
  if (core.some((v) => v === false)) return "not_valid";
  return null;
}

/** Resolved: integrated in a version, and confirmed by both the objector and the proposer. */
export function isResolved(o: ObjectionState): boolean {
  return o.integrationVersion !== null && o.objectorConfirmedAt !== null && o.proposerConfirmedAt !== null;
}

/**
 * Standing: it still blocks adoption. An untested objection stands ("an objection raised
 * asynchronously pauses adoption until it is integrated"); not valid (a concern) or withdrawn does not.
 */
export function isStanding(o: ObjectionState): boolean {
  return (o.verdict === "pending" || o.verdict === "valid") && !isResolved(o);
}

export const UNTESTED: ObjectionCriteria = {
  reducesCapacity: null,
  createdByProposal: null,
  notSafeToTry: null,
  limitsObjectorRole: null,
  breaksRules: null,
};

export function newObjection(): ObjectionState {
  return {
    criteria: UNTESTED,
    verdict: "pending",
    note: "",
    testedBy: null,
    testedAt: null,
    integrationVersion: null,
    objectorConfirmedAt: null,
    proposerConfirmedAt: null,
  };
}
