// The change set an election proposes (consent.md §6: "adoption records the assignment with its
// term"), as record changes (lib/record/changes.ts) that adoption applies like any other: the
// nominee fills the role with the term; someone else's ending assignment ends; a nominee who
// already holds the role keeps that assignment with the new term (the record refuses a second one).
import type { ChangeInput } from "@/lib/record/changes";

export type ElectionChangeInput = {
  roleId: string;
  nomineeMembershipId: string;
  termEndsOn: string | null;
  /** The assignment whose term ended (the reason for the election), if still active. */
  ending: { id: string; membershipId: string } | null;
  /** The nominee's own active assignment of this role, if any. */
  held: { id: string } | null;
};

export function electionChanges(input: ElectionChangeInput): ChangeInput[] {
  const changes: ChangeInput[] = [];
  if (input.ending && input.ending.membershipId !== input.nomineeMembershipId) {
    changes.push({ kind: "assignment.remove", assignmentId: input.ending.id });
  }
  changes.push(
    input.held
      ? { kind: "assignment.update", assignmentId: input.held.id, termEndsOn: input.termEndsOn }
      : { kind: "assignment.add", roleId: input.roleId, membershipId: input.nomineeMembershipId, termEndsOn: input.termEndsOn },
  );
  return changes;
}
