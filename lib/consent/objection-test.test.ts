import { describe, expect, it } from "vitest";
import { isResolved, isStanding, newObjection, UNTESTED, verdictFromCriteria } from "./objection-test";

describe("verdictFromCriteria", () => {
  it("(e) breaking the rules is valid on its own", () => {
    expect(verdictFromCriteria({ ...UNTESTED, breaksRules: true })).toBe("valid");
    expect(verdictFromCriteria({ reducesCapacity: false, createdByProposal: false, notSafeToTry: false, limitsObjectorRole: false, breaksRules: true })).toBe("valid");
  });
  it("otherwise (a) to (d) must all hold", () => {
    expect(verdictFromCriteria({ reducesCapacity: true, createdByProposal: true, notSafeToTry: true, limitsObjectorRole: true, breaksRules: false })).toBe("valid");
    expect(verdictFromCriteria({ reducesCapacity: true, createdByProposal: true, notSafeToTry: false, limitsObjectorRole: true, breaksRules: null })).toBe("not_valid");
  });
  it("stops at the first criterion that fails, and says nothing while the test is incomplete", () => {
    expect(verdictFromCriteria({ ...UNTESTED, reducesCapacity: false })).toBe("not_valid");
    expect(verdictFromCriteria({ ...UNTESTED, reducesCapacity: true, createdByProposal: true })).toBeNull();
    expect(verdictFromCriteria(UNTESTED)).toBeNull();
  });
});

describe("standing and resolved objections", () => {
  it("an untested or valid objection stands until resolved by both confirmations", () => {
    const o = newObjection();
    expect(isStanding(o)).toBe(true);
    expect(isStanding({ ...o, verdict: "valid" })).toBe(true);
    expect(isStanding({ ...o, verdict: "not_valid" })).toBe(false);
    expect(isStanding({ ...o, verdict: "withdrawn" })).toBe(false);
    const integrated = { ...o, verdict: "valid" as const, integrationVersion: 2, objectorConfirmedAt: 1 };
    expect(isResolved(integrated)).toBe(false);
    expect(isStanding({ ...integrated, proposerConfirmedAt: 2 })).toBe(false);
  });
});
