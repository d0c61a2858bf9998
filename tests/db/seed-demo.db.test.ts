// The demo organisation (prisma/seed/demo.ts) on a database of its own, freshly migrated: the
// shape promised to whoever opens the demo, the integrity of its governance record, its logins,
// and that a failed seed leaves nothing behind.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { verifyPassword } from "@/lib/auth/password";
import { migrate } from "@/lib/server/migrate";
import { parseStoredChange } from "@/lib/record/changes";
import { readDetails } from "@/lib/elections/details";
import { DEMO_ORGANIZATION_SLUG, DEMO_PASSWORD, seedDemo, type DemoLogin } from "@/prisma/seed/demo";
import { dropDatabase, ensureDatabase } from "../../scripts/lib/embedded-db.ts";
import { testAdminUrl } from "../support/scratch-db.ts";

const CORE_ROLES = ["facilitator", "lead_link", "rep_link", "secretary"];
const DAY = 24 * 60 * 60 * 1000;

let db: PrismaClient;
let databaseName: string;
let organizationId: string;
let logins: DemoLogin[];

beforeAll(async () => {
  const admin = testAdminUrl();
  databaseName = `seed_${randomBytes(6).toString("hex")}`;
  await ensureDatabase(admin, databaseName);
  const url = new URL(admin);
  url.pathname = `/${databaseName}`;
  await migrate(url.toString(), path.resolve(import.meta.dirname, "../../prisma/migrations"));
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) });
  const result = await seedDemo(db);
  expect(result.organizationSlug).toBe(DEMO_ORGANIZATION_SLUG);
  logins = result.logins;
  organizationId = (await db.organization.findUniqueOrThrow({ where: { slug: DEMO_ORGANIZATION_SLUG } })).id;
});

afterAll(async () => {
  await db?.$disconnect();
  if (databaseName) await dropDatabase(testAdminUrl(), databaseName);
});

describe("the demo organisation", () => {
  it("has a general circle, four poles and sub-circles, each with settings and its four core roles", async () => {
    const circles = await db.circle.findMany({
      where: { organizationId },
      select: { kind: true, parentId: true, purpose: true, settings: { select: { id: true } }, roles: { select: { coreRole: true } } },
    });
    expect(circles.filter((c) => c.kind === "general")).toEqual([expect.objectContaining({ parentId: null })]);
    expect(circles.filter((c) => c.kind === "pole")).toHaveLength(4);
    expect(circles.some((c) => c.kind === "project") && circles.some((c) => c.kind === "support_function") && circles.some((c) => c.kind === "group")).toBe(true);
    for (const circle of circles) {
      expect(circle.purpose).not.toBe("");
      expect(circle.settings).not.toBeNull();
      const core = circle.roles.flatMap((r) => (r.coreRole ? [r.coreRole] : [])).sort();
      expect(core).toEqual(CORE_ROLES);
    }
  });

  it("has at least twenty ordinary roles with a purpose and 2 to 5 ordered accountabilities", async () => {
    const roles = await db.role.findMany({
      where: { organizationId, coreRole: null },
      select: { purpose: true, accountabilities: { select: { position: true }, orderBy: { position: "asc" } } },
    });
    expect(roles.length).toBeGreaterThanOrEqual(20);
    for (const role of roles) {
      expect(role.purpose).not.toBe("");
      expect(role.accountabilities.length).toBeGreaterThanOrEqual(2);
      expect(role.accountabilities.length).toBeLessThanOrEqual(5);
      expect(role.accountabilities.map((a) => a.position)).toEqual(role.accountabilities.map((_, i) => i));
    }
    expect(await db.domain.count({ where: { organizationId, roleId: { not: null } } })).toBeGreaterThan(0);
    expect(await db.policy.count({ where: { organizationId } })).toBeGreaterThan(0);
  });

  it("has eight members (one admin, six members, one observer) who sign in with the demo password", async () => {
    const members = await db.membership.findMany({
      where: { organizationId, removedAt: null },
      select: { permission: true, user: { select: { email: true, passwordHash: true } } },
    });
    const count = (permission: string) => members.filter((m) => m.permission === permission).length;
    expect([members.length, count("admin"), count("member"), count("observer")]).toEqual([8, 1, 6, 1]);
    expect(logins.map((l) => l.email).sort()).toEqual(members.map((m) => m.user.email).sort());
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(12);
    const [first] = members;
    expect(await verifyPassword(DEMO_PASSWORD, first?.user.passwordHash ?? "")).toBe(true);
    expect(await verifyPassword(`${DEMO_PASSWORD}x`, first?.user.passwordHash ?? "")).toBe(false);
    for (const member of members) expect(await verifyPassword(DEMO_PASSWORD, member.user.passwordHash ?? "")).toBe(true);
  });

  it("has assignments with a focus, and one term ending within 30 days", async () => {
    const active = await db.roleAssignment.findMany({ where: { organizationId, endedAt: null }, select: { focus: true, termEndsOn: true } });
    expect(active.some((a) => a.focus)).toBe(true);
    const soon = active.filter((a) => a.termEndsOn && a.termEndsOn.getTime() - Date.now() < 30 * DAY && a.termEndsOn.getTime() > Date.now());
    expect(soon).toHaveLength(1);
  });

  it("stores proposal changes the governance record's engine understands", async () => {
    const changes = await db.proposalChange.findMany({ where: { organizationId }, select: { kind: true, payload: true } });
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) expect(parseStoredChange(change).success, change.kind).toBe(true);
  });

  it("keeps a record: set-up as direct edits, and the adopted decision's changes linked to it", async () => {
    const decisions = await db.decision.findMany({ where: { organizationId }, select: { id: true, reviewOn: true, record: true, proposal: { select: { status: true } } } });
    expect(decisions).toHaveLength(1);
    const [decision] = decisions;
    expect(decision?.proposal.status).toBe("adopted");
    expect(decision?.reviewOn?.getTime()).toBeGreaterThan(Date.now());
    expect(decision?.record).toMatchObject({ participants: expect.any(Array), answers: expect.any(Array), absentees: expect.any(Array), facilitator: expect.any(Object) });
    const linked = await db.recordChange.findMany({ where: { organizationId, decisionId: decision?.id }, select: { isDirectEdit: true, entity: true } });
    expect(linked.map((c) => c.entity)).toContain("role");
    expect(linked.every((c) => !c.isDirectEdit)).toBe(true);
    expect(await db.recordChange.count({ where: { organizationId, decisionId: null, isDirectEdit: false } })).toBe(0);
    // Every role and circle of the record has its creation in the history.
    const roles = await db.role.count({ where: { organizationId } });
    expect(await db.recordChange.count({ where: { organizationId, entity: "role", action: "created" } })).toBe(roles);
  });

  it("has one open consent round with a snapshot of participants and a pending objection with reasons", async () => {
    const rounds = await db.consentRound.findMany({
      where: { organizationId, status: "open" },
      select: { proposal: { select: { status: true, step: true } }, participants: { select: { userId: true } }, responses: { select: { userId: true, kind: true, reason: true, supersededAt: true, objection: { select: { verdict: true } } } } },
    });
    expect(rounds).toHaveLength(1);
    const [round] = rounds;
    expect(round?.proposal).toEqual({ status: "in_process", step: "consent_round" });
    const current = round?.responses.filter((r) => !r.supersededAt) ?? [];
    expect(current.length).toBeGreaterThan(0);
    expect(current.length).toBeLessThan(round?.participants.length ?? 0);
    for (const r of current) expect(round?.participants.map((p) => p.userId)).toContain(r.userId);
    const objections = current.filter((r) => r.kind === "objection");
    expect(objections).toHaveLength(1);
    expect(objections[0]?.reason.trim()).not.toBe("");
    expect(objections[0]?.objection?.verdict).toBe("pending");
    expect(await db.proposal.count({ where: { organizationId, status: "draft" } })).toBe(1);
  });

  it("has open tensions of both kinds, one Interpôles and one draft", async () => {
    const tensions = await db.tension.findMany({ where: { organizationId }, select: { kind: true, status: true, isInterpoles: true } });
    const open = tensions.filter((t) => t.status === "open");
    expect(new Set(open.map((t) => t.kind))).toEqual(new Set(["governance", "operational"]));
    expect(tensions.filter((t) => t.isInterpoles)).toHaveLength(1);
    expect(tensions.filter((t) => t.status === "draft")).toHaveLength(1);
  });

  it("has a closed meeting with published minutes and a scheduled one to come", async () => {
    const meetings = await db.meeting.findMany({
      where: { organizationId },
      select: { status: true, startsAt: true, minutesPublishedAt: true, minutesNotes: true, circles: { select: { id: true } }, participants: { select: { attendance: true } }, agendaItems: { select: { status: true } } },
    });
    const closed = meetings.filter((m) => m.status === "closed");
    expect(closed).toHaveLength(1);
    expect(closed[0]?.minutesPublishedAt).not.toBeNull();
    expect(closed[0]?.minutesNotes).not.toBe("");
    expect(closed[0]?.circles.length).toBeGreaterThan(1);
    expect(closed[0]?.participants.some((p) => p.attendance === "absent")).toBe(true);
    expect(closed[0]?.agendaItems.every((i) => i.status === "done")).toBe(true);
    const scheduled = meetings.filter((m) => m.status === "scheduled");
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]?.startsAt.getTime()).toBeGreaterThan(Date.now());
    // The coming election is one the meeting page can run.
    const election = await db.agendaItem.findFirstOrThrow({ where: { organizationId, kind: "election" }, select: { details: true } });
    expect(readDetails(election.details)).toMatchObject({ phase: "setup", nominations: [] });
    expect(await db.event.count({ where: { organizationId } })).toBeGreaterThan(0);
    expect(await db.notification.count({ where: { organizationId, readAt: null } })).toBeGreaterThan(0);
  });

  it("is all or nothing: a seed failing half-way leaves no trace", async () => {
    // The slug is freed so that the second seed gets past the organisation and fails later, on
    // the first demo email (already taken): the organisation it created must be rolled back too.
    await db.organization.update({ where: { id: organizationId }, data: { slug: `${DEMO_ORGANIZATION_SLUG}-first` } });
    try {
      const before = [await db.user.count(), await db.circle.count(), await db.role.count()];
      await expect(seedDemo(db)).rejects.toThrow();
      expect([await db.user.count(), await db.circle.count(), await db.role.count()]).toEqual(before);
      expect(await db.organization.count()).toBe(1);
    } finally {
      await db.organization.update({ where: { id: organizationId }, data: { slug: DEMO_ORGANIZATION_SLUG } });
    }
  });
});
