import { describe, expect, it } from "vitest";
import { changeSchema } from "@/lib/record/changes";
import { electionChanges } from "./changes";
import { isElectedRole } from "./policy";

const ROLE = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a50";
const [M1, M2, A1, A2] = ["1", "2", "3", "4"].map((x) => `0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5${x}`) as [string, string, string, string];

describe("the change set of an election", () => {
  it("assigns the nominee with the term when nobody held the role", () => {
    expect(electionChanges({ roleId: ROLE, nomineeMembershipId: M1, termEndsOn: "2027-06-30", ending: null, held: null })).toEqual([
      { kind: "assignment.add", roleId: ROLE, membershipId: M1, termEndsOn: "2027-06-30" },
    ]);
  });

  it("ends someone else's ending assignment, then assigns the nominee", () => {
    const changes = electionChanges({ roleId: ROLE, nomineeMembershipId: M1, termEndsOn: null, ending: { id: A2, membershipId: M2 }, held: null });
    expect(changes.map((c) => c.kind)).toEqual(["assignment.remove", "assignment.add"]);
    expect(changes[0]).toEqual({ kind: "assignment.remove", assignmentId: A2 });
  });

  it("re-elects the holder by renewing their term", () => {
    expect(electionChanges({ roleId: ROLE, nomineeMembershipId: M1, termEndsOn: "2027-06-30", ending: { id: A1, membershipId: M1 }, held: { id: A1 } })).toEqual([
      { kind: "assignment.update", assignmentId: A1, termEndsOn: "2027-06-30" },
    ]);
  });

  it("produces changes the record accepts", () => {
    const changes = electionChanges({ roleId: ROLE, nomineeMembershipId: M1, termEndsOn: "2027-06-30", ending: { id: A2, membershipId: M2 }, held: null });
    for (const change of changes) expect(changeSchema.safeParse(change).success).toBe(true);
  });
});

describe("elected roles", () => {
  it("elects the facilitator, the secretary, the rep link and ordinary roles, never the lead link", () => {
    expect(["facilitator", "secretary", "rep_link"].every((r) => isElectedRole(r as never))).toBe(true);
    expect(isElectedRole(null)).toBe(true);
    expect(isElectedRole("lead_link")).toBe(false);
  });
});
