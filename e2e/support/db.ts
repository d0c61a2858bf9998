// Direct access to the database the server under test uses, to arrange each test's own data:
// unique people and organisations (random UUIDs), so tests run in parallel and never depend on
// the demo data. Rows are written as the product writes them (lib/organizations/mutations.ts),
// which cannot be imported here: it is "server-only" and bound to the app's own client.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import type { OrgPermission } from "../../lib/generated/prisma/enums.ts";
import { hashPassword } from "../../lib/auth/password.ts";

export type TestUser = { id: string; email: string; name: string; password: string; locale: string };
export type TestOrganization = { id: string; slug: string; name: string; generalCircleId: string };

let client: PrismaClient | undefined;

/** One client per worker process, created on first use. */
export function testDb(): PrismaClient {
  const connectionString = process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!connectionString) throw new Error("Set E2E_DATABASE_URL (or DATABASE_URL) to the database of the server under test.");
  client ??= new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 4 }) });
  return client;
}

export async function disconnectTestDb(): Promise<void> {
  await client?.$disconnect();
  client = undefined;
}

export async function createUser(options: { name?: string; password?: string; locale?: string } = {}): Promise<TestUser> {
  const id = randomUUID();
  const password = options.password ?? `Pw-${randomUUID()}`;
  const locale = options.locale ?? "fr";
  const user = await testDb().user.create({
    data: { email: `e2e-${id}@example.test`, name: options.name ?? `Personne ${id.slice(0, 8)}`, passwordHash: await hashPassword(password), locale },
    select: { id: true, email: true, name: true, locale: true },
  });
  return { ...user, password };
}

function generalCircleName(locale: string): string {
  const file = path.resolve(import.meta.dirname, "../../messages", locale === "en" ? "en" : "fr", "organizations.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { generalCircleName: string }).generalCircleName;
}

/** An organisation administered by `admin`, with its general circle, as the product creates it. */
export async function createOrganization(admin: TestUser, options: { name?: string } = {}): Promise<TestOrganization> {
  const id = randomUUID();
  const name = options.name ?? `Coopérative ${id.slice(0, 8)}`;
  const slug = `e2e-${id}`;
  return testDb().$transaction(async (tx) => {
    const organization = await tx.organization.create({ data: { slug, name }, select: { id: true } });
    const organizationId = organization.id;
    const membership = await tx.membership.create({ data: { organizationId, userId: admin.id, permission: "admin" }, select: { id: true } });
    const circle = await tx.circle.create({
      data: { organizationId, kind: "general", name: generalCircleName(admin.locale), purpose: "" },
      select: { id: true },
    });
    await tx.circleProcessSettings.create({ data: { organizationId, circleId: circle.id } });
    await tx.circleMembership.create({ data: { organizationId, circleId: circle.id, membershipId: membership.id } });
    await tx.event.create({ data: { organizationId, actorId: admin.id, kind: "organization.created", subjectId: organizationId, data: { name, slug } } });
    return { id: organizationId, slug, name, generalCircleId: circle.id };
  });
}

/** Makes `user` a member of `org` (and of its general circle) with `permission`; returns the membership id. */
export async function addMember(org: TestOrganization, user: TestUser, permission: OrgPermission = "member"): Promise<string> {
  const db = testDb();
  const membership = await db.membership.create({ data: { organizationId: org.id, userId: user.id, permission }, select: { id: true } });
  await db.circleMembership.create({ data: { organizationId: org.id, circleId: org.generalCircleId, membershipId: membership.id } });
  return membership.id;
}

/**
 * Removes what a test created: the organisations whose members are all among the test's own
 * users (so made by this test, through a factory or the UI; their tenant rows cascade), then
 * those users. An organisation that anyone else belongs to is never touched.
 */
export async function deleteTestData(userIds: string[]): Promise<void> {
  if (userIds.length === 0) return;
  const db = testDb();
  const mine = { userId: { in: userIds } };
  await db.organization.deleteMany({ where: { memberships: { some: mine, every: mine } } });
  await db.user.deleteMany({ where: { id: { in: userIds } } });
}
