// The large organisation generator (prisma/seed/large.ts) at a small scale, on a database of its
// own: counts follow the parameters, the structure is a sound tree with its core roles, every
// entity has its history, time travel reads it, and the product's change engine can go on from it.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { verifyPassword } from "@/lib/auth/password";
import { applyChanges } from "@/lib/record/apply";
import { recordAt } from "@/lib/record/history";
import { answerRound } from "@/lib/rounds/mutations";
import { migrate } from "@/lib/server/migrate";
import { LARGE_PASSWORD, seedLarge } from "@/prisma/seed/large";
import { countsFor, planLarge } from "@/prisma/seed/large-plan";
import { dropDatabase, ensureDatabase } from "../../scripts/lib/embedded-db.ts";
import { testAdminUrl } from "../support/scratch-db.ts";

const SCALE = 20;
const counts = countsFor(SCALE);
const slug = `large-${randomBytes(4).toString("hex")}`;
const now = new Date();

let db: PrismaClient;
let url: string;
let databaseName: string;
let organizationId: string;

beforeAll(async () => {
  const admin = testAdminUrl();
  databaseName = `seed_large_${randomBytes(6).toString("hex")}`;
  await ensureDatabase(admin, databaseName);
  const target = new URL(admin);
  target.pathname = `/${databaseName}`;
  url = target.toString();
  await migrate(url, path.resolve(import.meta.dirname, "../../prisma/migrations"));
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const result = await seedLarge(url, { scale: SCALE, slug, now });
  expect(result.status).toBe("seeded");
  organizationId = result.organizationId;
});

afterAll(async () => {
  await db?.$disconnect();
  if (databaseName) await dropDatabase(testAdminUrl(), databaseName);
});

describe("seedLarge", () => {
  it("writes exactly the counts its scale asks for", async () => {
    const where = { organizationId };
    expect(await db.circle.count({ where })).toBe(counts.circles);
    expect(await db.role.count({ where })).toBe(counts.roles);
    expect(await db.accountability.count({ where })).toBe(counts.accountabilities);
    expect(await db.membership.count({ where })).toBe(counts.members);
    expect(await db.roleAssignment.count({ where })).toBe(counts.assignments);
    expect(await db.decision.count({ where })).toBeGreaterThan(0);
    expect(await db.recordChange.count({ where: { ...where, action: { not: "created" } } })).toBeGreaterThan(0);
  });

  it("gives every circle its settings and its four core roles, in a tree of at most five levels without cycle", async () => {
    const circles = await db.circle.findMany({
      where: { organizationId },
      select: { id: true, parentId: true, kind: true, settings: { select: { id: true } }, roles: { where: { coreRole: { not: null } }, select: { coreRole: true } } },
    });
    const parentOf = new Map(circles.map((c) => [c.id, c.parentId]));
    expect(circles.filter((c) => c.parentId === null).map((c) => c.kind)).toEqual(["general"]);
    for (const circle of circles) {
      expect(circle.settings).not.toBeNull();
      expect(circle.roles.map((r) => r.coreRole).sort()).toEqual(["facilitator", "lead_link", "rep_link", "secretary"]);
      let levels = 1;
      for (let id = circle.parentId; id !== null; id = parentOf.get(id) ?? null) {
        levels += 1;
        expect(levels).toBeLessThanOrEqual(5);
      }
    }
  });

  it("has a `created` RecordChange with a full snapshot for every entity", async () => {
    const missing = await db.$queryRaw<{ entity: string; count: bigint }[]>`
      SELECT e.entity, count(*) FROM (
        SELECT 'circle' AS entity, id FROM "Circle" WHERE "organizationId" = ${organizationId}::uuid
        UNION ALL SELECT 'role', id FROM "Role" WHERE "organizationId" = ${organizationId}::uuid
        UNION ALL SELECT 'accountability', id FROM "Accountability" WHERE "organizationId" = ${organizationId}::uuid
        UNION ALL SELECT 'domain', id FROM "Domain" WHERE "organizationId" = ${organizationId}::uuid
        UNION ALL SELECT 'policy', id FROM "Policy" WHERE "organizationId" = ${organizationId}::uuid
        UNION ALL SELECT 'assignment', id FROM "RoleAssignment" WHERE "organizationId" = ${organizationId}::uuid
        UNION ALL SELECT 'settings', id FROM "CircleProcessSettings" WHERE "organizationId" = ${organizationId}::uuid
      ) e
      WHERE NOT EXISTS (SELECT 1 FROM "RecordChange" rc WHERE rc."entityId" = e.id AND rc.action = 'created' AND rc.after ? 'id')
      GROUP BY e.entity`;
    expect(missing).toEqual([]);
  });

  it("reads back through time travel: fewer roles a year ago, and today's record matches the tables", async () => {
    const today = await recordAt(db, organizationId, now);
    const yearAgo = await recordAt(db, organizationId, new Date(now.getTime() - 365 * 24 * 60 * 60 * 1000));
    expect(today.roles).toHaveLength(await db.role.count({ where: { organizationId, archivedAt: null } }));
    // An archived role keeps its accountabilities as they were: the record drops them with it.
    const accountabilities = await db.accountability.count({ where: { organizationId, archivedAt: null, role: { archivedAt: null } } });
    expect(today.accountabilities).toHaveLength(accountabilities);
    expect(today.assignments).toHaveLength(await db.roleAssignment.count({ where: { organizationId, endedAt: null } }));
    expect(yearAgo.roles.length).toBeGreaterThan(0);
    expect(yearAgo.roles.length).toBeLessThan(today.roles.length);
  });

  it("leaves data the change engine accepts: the admin renames a role directly", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: `admin@${slug}.test` } });
    expect(await verifyPassword(LARGE_PASSWORD, admin.passwordHash ?? "")).toBe(true);
    const role = await db.role.findFirstOrThrow({ where: { organizationId, coreRole: null, archivedAt: null }, select: { id: true, version: true } });
    const result = await applyChanges(db, {
      organizationId, actorUserId: admin.id, isDirectEdit: true,
      changes: [{ kind: "role.update", roleId: role.id, name: "Rôle renommé par le test", expectedVersion: role.version }],
    });
    expect(result).toEqual({ ok: true, refs: {} });
  });

  it("leaves work under way: tensions, a proposal in reactions, and open rounds where the admin's answer goes through the product", async () => {
    const where = { organizationId };
    expect(await db.tension.count({ where })).toBe(counts.circles * 2);
    expect(await db.proposal.count({ where: { ...where, status: "in_process", step: "reactions" } })).toBeGreaterThan(0);
    const admin = await db.user.findUniqueOrThrow({ where: { email: `admin@${slug}.test` } });
    const rounds = await db.consentRound.findMany({ where: { ...where, status: "open", participants: { some: { userId: admin.id } } }, select: { proposalId: true } });
    expect(rounds.length).toBeGreaterThan(0);
    const ctx = { organization: { id: organizationId }, user: { id: admin.id }, membership: { permission: "admin" as const } };
    expect(await answerRound(db, ctx, { proposalId: rounds[0]!.proposalId, kind: "consent", reason: "" })).toMatchObject({ ok: true });
    expect(await db.response.count({ where: { ...where, userId: admin.id, supersededAt: null } })).toBe(1);
  });

  it("is idempotent: a second run leaves the organisation as it is, unless asked to replace it", async () => {
    const again = await seedLarge(url, { scale: SCALE, slug, now });
    expect(again).toMatchObject({ status: "exists", organizationId });
    expect(await db.role.count({ where: { organizationId, name: "Rôle renommé par le test" } })).toBe(1);
    const replaced = await seedLarge(url, { scale: SCALE, slug, now, replace: true });
    // The same plan again (same ids: the PRNG is seeded), written afresh: the test's edit is gone.
    expect(replaced).toMatchObject({ status: "seeded", organizationId });
    expect(await db.role.count({ where: { organizationId, name: "Rôle renommé par le test" } })).toBe(0);
    expect(await db.organization.count({ where: { slug } })).toBe(1);
    expect(await db.circle.count({ where: { organizationId } })).toBe(counts.circles);
    expect(await db.user.count({ where: { email: { endsWith: `@${slug}.test` } } })).toBe(counts.members);
  });

  it("plans the same organisation every time, and a small variant of ten circles", () => {
    const names = (plan: ReturnType<typeof planLarge>) => [...plan.store.circles.values()].map((c) => c.name);
    expect(names(planLarge({ scale: SCALE, slug }, now))).toEqual(names(planLarge({ scale: SCALE, slug }, now)));
    const small = planLarge({ scale: "small" }, now);
    expect(small.organization.slug).toBe("petite-coop");
    expect(small.store.circles.size).toBe(10);
  });
});
