// Fixtures of the database tests of organisations, invitations and members: every test creates
// its own people and organisations, with unique names, through the real mutations.
import { randomUUID } from "node:crypto";
import type { MemberContext } from "@/lib/organizations/context";
import { db } from "@/lib/server/db";
import { createOrganization } from "../mutations";

export type TestUser = { id: string; email: string; name: string; locale: string };

export async function createTestUser(locale = "fr"): Promise<TestUser> {
  const id = randomUUID();
  return db.user.create({
    data: { email: `user-${id}@example.test`, name: `Person ${id.slice(0, 8)}`, locale },
    select: { id: true, email: true, name: true, locale: true },
  });
}

/** The member context of `user` in the organisation, as requireMember would build it. */
export async function contextOf(user: TestUser, organizationId: string): Promise<MemberContext> {
  const membership = await db.membership.findFirstOrThrow({
    where: { organizationId, userId: user.id, removedAt: null },
    select: { id: true, permission: true, organization: { select: { id: true, slug: true, name: true, governanceEditMode: true, recordVersion: true } } },
  });
  return { user, organization: membership.organization, membership: { id: membership.id, permission: membership.permission } };
}

/** A new organisation administered by a new user; returns the admin's context. */
export async function createTestOrganization(admin?: TestUser): Promise<MemberContext> {
  const user = admin ?? (await createTestUser());
  const result = await createOrganization({ userId: user.id, locale: user.locale, name: `Test ${randomUUID()}` });
  if (!result.ok) throw new Error(`organisation not created: ${result.reason}`);
  return contextOf(user, result.organizationId);
}

/** Adds a new user straight into the organisation (and its general circle) with `permission`. */
export async function addTestMember(
  organizationId: string,
  permission: "admin" | "member" | "observer" = "member",
): Promise<MemberContext> {
  const user = await createTestUser();
  const membership = await db.membership.create({ data: { organizationId, userId: user.id, permission }, select: { id: true } });
  const general = await db.circle.findFirstOrThrow({ where: { organizationId, kind: "general" }, select: { id: true } });
  await db.circleMembership.create({ data: { organizationId, circleId: general.id, membershipId: membership.id } });
  return contextOf(user, organizationId);
}
