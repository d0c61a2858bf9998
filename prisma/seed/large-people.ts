// The people of the large organisation: one admin who founded it, then members joining over the
// three years (a few founders first, more and more later), each through an accepted invitation.
import { addDays, DAY, type Rng } from "./large-random.ts";
import type { Names } from "./large-names.ts";
import type { RecordStore } from "./large-record.ts";

export type Person = {
  userId: string; membershipId: string; invitationId: string; email: string; name: string;
  permission: "admin" | "member" | "observer"; locale: string; joinedAt: Date;
};

export function adminEmail(emailDomain: string): string {
  return `admin@${emailDomain}`;
}

export function memberEmail(n: number, emailDomain: string): string {
  return `membre-${n}@${emailDomain}`;
}

/** `count` people sorted by the day they joined; the first is the admin, at the very start. */
export function planPeople(rng: Rng, names: Names, count: number, emailDomain: string, start: Date, end: Date): Person[] {
  const founders = Math.max(2, Math.round(count * 0.03));
  const span = end.getTime() - start.getTime();
  const joinedAts = Array.from({ length: count - 1 }, (_, index) =>
    index < founders
      ? rng.between(addDays(start, 1), addDays(start, 20))
      : new Date(start.getTime() + span * Math.min(0.97, Math.pow((index + rng.next()) / count, 0.9))),
  ).sort((a, b) => a.getTime() - b.getTime());
  const person = (email: string, joinedAt: Date, permission: Person["permission"]): Person => ({
    userId: rng.uuid(joinedAt), membershipId: rng.uuid(joinedAt), invitationId: rng.uuid(joinedAt), email,
    name: names.person(), permission, locale: rng.chance(0.05) ? "en" : "fr", joinedAt,
  });
  return [
    person(adminEmail(emailDomain), start, "admin"),
    ...joinedAts.map((joinedAt, index) => {
      const roll = rng.next();
      return person(memberEmail(index + 1, emailDomain), joinedAt, roll < 0.01 ? "admin" : roll < 0.04 ? "observer" : "member");
    }),
  ];
}

/**
 * Someone who was a member at `at`, early members far more often: in a real cooperative a few
 * long-standing members hold many roles, which is the worst case for a member's page.
 */
export function memberAt(rng: Rng, people: readonly Person[], at: Date, exclude?: ReadonlySet<string>): Person {
  let low = 0;
  let high = people.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (people[middle]!.joinedAt.getTime() <= at.getTime()) low = middle + 1;
    else high = middle;
  }
  const joined = Math.max(1, low);
  for (let attempt = 0; attempt < 12; attempt++) {
    const candidate = people[Math.floor(joined * Math.pow(rng.next(), 1.3))]!;
    if (candidate.permission !== "observer" && !exclude?.has(candidate.membershipId)) return candidate;
  }
  return people[0]!;
}

/** The invitation each member accepted, and the two journal entries it left. */
export function invitationRows(store: RecordStore, people: readonly Person[], tokenHash: (person: Person) => string) {
  const admin = people[0]!;
  return people.slice(1).map((person) => {
    const createdAt = new Date(person.joinedAt.getTime() - 2 * DAY);
    store.rawEvent({ at: createdAt, actorId: admin.userId }, "invitation.created", null, person.invitationId, { permission: person.permission, delivery: "email" });
    store.rawEvent({ at: person.joinedAt, actorId: person.userId }, "invitation.accepted", null, person.membershipId, { invitationId: person.invitationId, permission: person.permission, rejoined: false });
    return {
      id: person.invitationId, organizationId: store.organizationId, email: person.email, permission: person.permission,
      tokenHash: tokenHash(person), invitedById: admin.membershipId, expiresAt: addDays(createdAt, 14),
      acceptedAt: person.joinedAt, acceptedById: person.userId, revokedAt: null, createdAt,
    };
  });
}
