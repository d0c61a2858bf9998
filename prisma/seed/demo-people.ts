// Writes the demo's people: users (all with the shared demo password), their memberships, their
// circle memberships and their role assignments, each assignment recorded as a direct edit.
import { demoEmail, PEOPLE } from "./demo-people-data.ts";
import { dateOnly, daysAgo, daysFromNow, pick, type SeedTx } from "./demo-kit.ts";
import type { Structure } from "./demo-structure.ts";

export type People = {
  /** User ids by person key (authors, actors and participants are users). */
  userIds: Map<string, string>;
  /** Membership ids by person key (notifications and assignments point to memberships). */
  membershipIds: Map<string, string>;
};

export async function seedPeople(
  tx: SeedTx, organizationId: string, passwordHashes: string[], joinedAt: Date,
): Promise<People> {
  const userIds = new Map<string, string>();
  const membershipIds = new Map<string, string>();
  for (const [index, person] of PEOPLE.entries()) {
    const user = await tx.user.create({
      data: { email: demoEmail(person.key), name: person.name, passwordHash: passwordHashes[index] ?? null, locale: "fr" },
      select: { id: true },
    });
    const membership = await tx.membership.create({
      // Staggered by a minute, in PEOPLE's order (the admin first), before the set-up: lists
      // ordered by joining date come out in a stable, sensible order.
      data: { organizationId, userId: user.id, permission: person.permission, joinedAt: new Date(joinedAt.getTime() - (PEOPLE.length - index) * 60_000) },
      select: { id: true },
    });
    userIds.set(person.key, user.id);
    membershipIds.set(person.key, membership.id);
  }
  return { userIds, membershipIds };
}

export async function seedAssignments(
  tx: SeedTx, organizationId: string, people: People, structure: Structure, actorId: string, now: Date, setupAt: Date,
): Promise<void> {
  for (const person of PEOPLE) {
    const membershipId = pick(people.membershipIds, person.key);
    await tx.circleMembership.createMany({
      data: person.circles.map((key) => ({ organizationId, circleId: pick(structure.circleIds, key), membershipId, joinedAt: setupAt })),
    });
    for (const assignment of person.assignments) {
      const roleId = pick(structure.roleIds, assignment.role);
      const role = await tx.role.findUniqueOrThrow({ where: { id: roleId }, select: { circleId: true } });
      const startedAt = assignment.startedDaysAgo === undefined ? setupAt : daysAgo(assignment.startedDaysAgo, now);
      const endedAt = assignment.endedDaysAgo === undefined ? null : daysAgo(assignment.endedDaysAgo, now);
      const termEndsOn = assignment.termEndsInDays === undefined ? null : dateOnly(daysFromNow(assignment.termEndsInDays, now));
      const created = await tx.roleAssignment.create({
        data: { organizationId, roleId, membershipId, focus: assignment.focus ?? null, termEndsOn, startedAt, endedAt },
        select: { id: true },
      });
      const after = { membershipId, focus: assignment.focus ?? null, termEndsOn: termEndsOn?.toISOString().slice(0, 10) ?? null };
      const base = { organizationId, entity: "assignment" as const, entityId: created.id, circleId: role.circleId, roleId, actorId, isDirectEdit: true };
      await tx.recordChange.create({ data: { ...base, action: "created", after, occurredAt: startedAt } });
      if (endedAt) {
        await tx.recordChange.create({ data: { ...base, action: "removed", before: after, occurredAt: endedAt } });
      }
    }
  }
}
