import { describe, expect, it } from "vitest";
import { detailsSchema, newElection, readDetails, tally, visibleNominations, withNomination, type Nomination } from "./details";

const ROLE = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
const [A, B, C, D] = ["a", "b", "c", "d"].map((x) => `0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5${x}`) as [string, string, string, string];
const nom = (by: string, nominee: string, reason = "Parce que"): Nomination => ({ byUserId: by, nomineeUserId: nominee, reason, at: "2026-03-01T10:00:00.000Z" });

describe("election details", () => {
  it("reads what the agenda pre-fill writes", () => {
    const prefilled = { roleId: ROLE, termEndsOn: null, criteria: "", endingAssignmentId: A, phase: "setup", nominations: [] };
    expect(readDetails(prefilled)).toEqual(prefilled);
    expect(readDetails(newElection(ROLE, null))).toMatchObject({ phase: "setup", nomineeUserId: null });
  });

  it("refuses a malformed term, an unknown phase, long criteria, an empty or long reason, non-uuid ids", () => {
    const base = newElection(ROLE, null);
    expect(detailsSchema.safeParse({ ...base, termEndsOn: "2026-13-45" }).success).toBe(false);
    expect(detailsSchema.safeParse({ ...base, termEndsOn: "31/12/2026" }).success).toBe(false);
    expect(detailsSchema.safeParse({ ...base, termEndsOn: "2026-12-31" }).success).toBe(true);
    expect(detailsSchema.safeParse({ ...base, phase: "voting" }).success).toBe(false);
    expect(detailsSchema.safeParse({ ...base, criteria: "x".repeat(2001) }).success).toBe(false);
    expect(detailsSchema.safeParse({ ...base, nominations: [nom(A, B, "  ")] }).success).toBe(false);
    expect(detailsSchema.safeParse({ ...base, nominations: [nom(A, B, "x".repeat(1001))] }).success).toBe(false);
    expect(detailsSchema.safeParse({ ...base, nominations: [nom(A, "someone")] }).success).toBe(false);
    expect(readDetails({ kind: "tension" })).toBeNull();
    expect(readDetails(null)).toBeNull();
  });

  it("keeps one nomination per participant: a new one replaces theirs", () => {
    let d = newElection(ROLE, null);
    d = withNomination(d, nom(A, B));
    d = withNomination(d, nom(C, B));
    d = withNomination(d, nom(A, D, "Finalement"));
    expect(d.nominations.map((n) => [n.byUserId, n.nomineeUserId])).toEqual([[C, B], [A, D]]);
  });

  it("shows a reader only their own nomination until the reveal, then all", () => {
    const d = { ...newElection(ROLE, null), phase: "nominating" as const, nominations: [nom(A, B), nom(C, D)] };
    expect(visibleNominations(d, A)).toEqual({ mine: nom(A, B), shown: [nom(A, B)], count: 2 });
    expect(visibleNominations(d, B)).toEqual({ mine: null, shown: [], count: 2 });
    expect(visibleNominations({ ...d, phase: "changing" }, B).shown).toHaveLength(2);
    expect(visibleNominations({ ...d, phase: "proposed" }, B).shown).toHaveLength(2);
  });
});

describe("tally", () => {
  it("counts per nominee, strongest first", () => {
    expect(tally([nom(A, B), nom(B, C), nom(C, C), nom(D, C)])).toEqual([{ nomineeUserId: C, count: 3 }, { nomineeUserId: B, count: 1 }]);
  });

  it("keeps ties in the order each nominee was first nominated", () => {
    expect(tally([nom(A, D), nom(B, B), nom(C, B), nom(D, D)]).map((r) => r.nomineeUserId)).toEqual([D, B]);
    expect(tally([nom(A, B), nom(B, D), nom(C, D), nom(D, B)]).map((r) => r.nomineeUserId)).toEqual([B, D]);
  });

  it("is empty without nominations", () => {
    expect(tally([])).toEqual([]);
  });
});
