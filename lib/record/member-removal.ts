// The record's side of a member's removal (lib/members/mutations.ts): their current assignments
// end, like an "assignment.remove" would end them, with the same trace (RecordChange snapshots, so
// time travel shows the roles without them from that instant) and the record's version bumped.
// Not a change set: removing a member is an admin's act on memberships, allowed whatever the
// organisation's edit mode, and its consequence on the record is not a governance decision.
// The caller holds the record's lock (./lock.ts), taken before any row lock.
import type { Tx } from "@/lib/server/db";
import { monotonicUuidV7 } from "./ids";
import { snapshot } from "./journal";
import { bumpRecordVersion } from "./version";

export async function endAssignmentsOfRemovedMember(
  tx: Tx, input: { organizationId: string; membershipId: string; actorUserId: string; now: Date },
): Promise<number> {
  const { organizationId, membershipId, now } = input;
  // The caller took the record's lock (./lock.ts) before its row locks: no change set runs meanwhile.
  const current = await tx.roleAssignment.findMany({
    where: { organizationId, membershipId, endedAt: null },
    include: { role: { select: { circleId: true } } },
    orderBy: { id: "asc" },
  });
  if (current.length === 0) return 0;
  const ended = await tx.roleAssignment.updateManyAndReturn({
    where: { organizationId, id: { in: current.map((row) => row.id) }, endedAt: null },
    data: { endedAt: now },
  });
  const after = new Map(ended.map((row) => [row.id, row]));
  await tx.recordChange.createMany({
    data: current.filter((row) => after.has(row.id)).map(({ role, ...before }) => ({
      id: monotonicUuidV7(), organizationId, entity: "assignment" as const, entityId: before.id, action: "removed" as const,
      circleId: role.circleId, roleId: before.roleId, before: snapshot(before), after: snapshot(after.get(before.id)!),
      decisionId: null, actorId: input.actorUserId, isDirectEdit: true, occurredAt: now,
    })),
  });
  await bumpRecordVersion(tx, organizationId);
  return ended.length;
}
