// "What needs me" against real PostgreSQL: each list shows only the current member's own items
// in this organisation, and an answered round leaves the list.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TensionStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { getHomeData, type HomeScope } from "./data";

const run = randomUUID().slice(0, 8);
const NOW = new Date("2026-06-01T10:00:00Z");
const created = { orgIds: [] as string[], userIds: [] as string[] };

async function user(label: string) {
  const row = await db.user.create({ data: { email: `home-${label}-${run}-${randomUUID()}@example.test`, name: label } });
  created.userIds.push(row.id);
  return row;
}

async function organization(label: string, userIds: string[]) {
  const org = await db.organization.create({ data: { slug: `home-${label}-${run}`, name: `Home ${label} ${run}` } });
  created.orgIds.push(org.id);
  const memberships = await Promise.all(
    userIds.map((userId) => db.membership.create({ data: { organizationId: org.id, userId } })),
  );
  const circle = await db.circle.create({ data: { organizationId: org.id, kind: "general", name: "Cercle général" } });
  return { org, circle, memberships };
}

/** A proposal with one version and one open round in which `participantIds` take part. */
async function openRound(organizationId: string, circleId: string, authorId: string, title: string, participantIds: string[]) {
  const proposal = await db.proposal.create({ data: { organizationId, circleId, authorId, status: "in_process" } });
  const version = await db.proposalVersion.create({
    data: { organizationId, proposalId: proposal.id, number: 1, title, authorId },
  });
  const round = await db.consentRound.create({
    data: {
      organizationId,
      proposalId: proposal.id,
      versionId: version.id,
      number: 1,
      abstentionAllowed: false,
      absenteePolicy: "silence_is_consent",
      deadlineAt: new Date(NOW.getTime() + 3 * 24 * 3600 * 1000),
    },
  });
  await db.roundParticipant.createMany({
    data: participantIds.map((userId) => ({ organizationId, roundId: round.id, userId, circleId })),
  });
  return round;
}

async function tension(organizationId: string, circleId: string, authorId: string, title: string, status: TensionStatus) {
  return db.tension.create({ data: { organizationId, circleId, authorId, title, status } });
}

let me: Awaited<ReturnType<typeof user>>;
let other: Awaited<ReturnType<typeof user>>;
let home: Awaited<ReturnType<typeof organization>>;
let elsewhere: Awaited<ReturnType<typeof organization>>;
let scope: HomeScope;

beforeAll(async () => {
  me = await user("me");
  other = await user("other");
  home = await organization("a", [me.id, other.id]);
  elsewhere = await organization("b", [me.id]);
  scope = { organizationId: home.org.id, membershipId: home.memberships[0]!.id, userId: me.id };
});

afterAll(async () => {
  // Organisation rows cascade to everything inside them; users cascade to their memberships.
  await db.organization.deleteMany({ where: { id: { in: created.orgIds } } });
  await db.user.deleteMany({ where: { id: { in: created.userIds } } });
  await db.$disconnect();
});

describe("getHomeData: consent rounds waiting for my answer", () => {
  it("lists an open round until I answer it, and again once my answer is superseded", async () => {
    const round = await openRound(home.org.id, home.circle.id, other.id, "Créer le rôle Trésorerie", [me.id, other.id]);
    const titles = async () => (await getHomeData(scope, { now: NOW })).rounds.items.map((r) => r.title);

    expect(await titles()).toContain("Créer le rôle Trésorerie");

    const answer = await db.response.create({
      data: { organizationId: home.org.id, roundId: round.id, userId: me.id, kind: "consent" },
    });
    expect(await titles()).not.toContain("Créer le rôle Trésorerie");

    // Changing an answer supersedes it; while no current answer replaces it, the round waits for me.
    await db.response.update({ where: { id: answer.id }, data: { supersededAt: NOW } });
    expect(await titles()).toContain("Créer le rôle Trésorerie");
  });

  it("ignores another member's answer, rounds I am not part of, closed rounds and other organisations", async () => {
    const answeredByOther = await openRound(home.org.id, home.circle.id, other.id, "Répondu par l’autre", [me.id, other.id]);
    await db.response.create({ data: { organizationId: home.org.id, roundId: answeredByOther.id, userId: other.id, kind: "consent" } });
    await openRound(home.org.id, home.circle.id, other.id, "Sans moi", [other.id]);
    const closed = await openRound(home.org.id, home.circle.id, other.id, "Tour clos", [me.id]);
    await db.consentRound.update({ where: { id: closed.id }, data: { status: "closed", closedAt: NOW, result: "no_objection" } });
    await openRound(elsewhere.org.id, elsewhere.circle.id, me.id, "Autre organisation", [me.id]);

    const { rounds } = await getHomeData(scope, { now: NOW });
    const titles = rounds.items.map((r) => r.title);
    expect(titles).toContain("Répondu par l’autre");
    expect(titles).not.toContain("Sans moi");
    expect(titles).not.toContain("Tour clos");
    expect(titles).not.toContain("Autre organisation");
    expect(rounds.total).toBe(rounds.items.length);

    // The same person sees that round from the other organisation's home only.
    const there = await getHomeData({ organizationId: elsewhere.org.id, membershipId: elsewhere.memberships[0]!.id, userId: me.id });
    expect(there.rounds.items.map((r) => r.title)).toEqual(["Autre organisation"]);
  });
});

describe("getHomeData: my open tensions", () => {
  it("shows my draft, open and processing tensions only, never another member's or another organisation's", async () => {
    for (const status of ["draft", "open", "processing", "resolved", "dropped"] as const) {
      await tension(home.org.id, home.circle.id, me.id, `Mienne ${status}`, status);
    }
    await tension(home.org.id, home.circle.id, other.id, "Celle de l’autre", "open");
    await tension(elsewhere.org.id, elsewhere.circle.id, me.id, "Mienne ailleurs", "open");

    const { tensions } = await getHomeData(scope, { now: NOW });
    expect(tensions.items.map((t) => t.title).sort()).toEqual(["Mienne draft", "Mienne open", "Mienne processing"]);
    expect(tensions.total).toBe(3);
    expect(tensions.items[0]?.circleName).toBe("Cercle général");
  });

  it("bounds the list but counts everything", async () => {
    const { tensions } = await getHomeData(scope, { now: NOW, limit: 2 });
    expect(tensions.items).toHaveLength(2);
    expect(tensions.total).toBe(3);
  });
});

describe("getHomeData: my roles", () => {
  it("lists my active assignments with circle, focus and term, soonest end first", async () => {
    const role = (name: string) => db.role.create({ data: { organizationId: home.org.id, circleId: home.circle.id, name } });
    const [mine, later, ended, archived, others] = await Promise.all(
      ["Trésorerie", "Communication", "Ancien rôle", "Rôle archivé", "Accueil"].map(role),
    );
    const myMembership = scope.membershipId;
    const assign = (roleId: string, membershipId: string, extra: object = {}) =>
      db.roleAssignment.create({ data: { organizationId: home.org.id, roleId, membershipId, ...extra } });
    await assign(mine!.id, myMembership, { focus: "Subventions", termEndsOn: new Date("2026-06-20T00:00:00Z") });
    await assign(later!.id, myMembership, { termEndsOn: new Date("2027-01-01T00:00:00Z") });
    await assign(ended!.id, myMembership, { endedAt: NOW });
    await assign(archived!.id, myMembership);
    await db.role.update({ where: { id: archived!.id }, data: { archivedAt: NOW } });
    await assign(others!.id, home.memberships[1]!.id);

    const { roles } = await getHomeData(scope, { now: NOW });
    expect(roles.items.map((r) => [r.roleName, r.circleName, r.focus, r.term])).toEqual([
      ["Trésorerie", "Cercle général", "Subventions", "endsSoon"],
      ["Communication", "Cercle général", null, "running"],
    ]);
    expect(roles.total).toBe(2);
  });

  it("keeps my roles per record version, and works out their terms for the day asked", async () => {
    const version = async () => (await db.organization.findUniqueOrThrow({ where: { id: home.org.id }, select: { recordVersion: true } })).recordVersion;
    const v1 = await version();
    const first = await getHomeData({ ...scope, recordVersion: v1 }, { now: NOW });
    // Written here without moving the version (the app never does): unseen at v1, which proves the keeping.
    const role = await db.role.create({ data: { organizationId: home.org.id, circleId: home.circle.id, name: "Archives" } });
    await db.roleAssignment.create({ data: { organizationId: home.org.id, roleId: role.id, membershipId: scope.membershipId } });
    expect((await getHomeData({ ...scope, recordVersion: v1 }, { now: NOW })).roles.total).toBe(first.roles.total);
    await db.organization.update({ where: { id: home.org.id }, data: { recordVersion: { increment: 1 } } });
    const v2 = await version();
    expect((await getHomeData({ ...scope, recordVersion: v2 }, { now: NOW })).roles.total).toBe(first.roles.total + 1);
    // Same kept rows, a later day: the term that was ending soon has ended.
    const later = await getHomeData({ ...scope, recordVersion: v2 }, { now: new Date("2026-07-01T10:00:00Z") });
    expect(later.roles.items.find((r) => r.roleName === "Trésorerie")?.term).toBe("ended");
  });
});
