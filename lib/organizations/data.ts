// Reads about the current user's organisations (their active memberships only).
import "server-only";
import { cache } from "react";
import type { GovernanceEditMode, OrgPermission } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";

export type MyOrganization = { slug: string; name: string; permission: OrgPermission };

export type MyMembership = {
  membershipId: string;
  permission: OrgPermission;
  organization: { id: string; slug: string; name: string; governanceEditMode: GovernanceEditMode; recordVersion: number };
};

/** A person belongs to a handful of organisations; the bound only guards against abuse. */
export const MAX_ORGANIZATIONS = 200;

/**
 * The person's active memberships with their organisations, by organisation name: one query,
 * asked once per request (React cache) by the header's switcher and by every page's member
 * context (./context.ts), rather than two queries each.
 */
export const listMyMemberships = cache(async (userId: string): Promise<MyMembership[]> => {
  const rows = await db.$queryRaw<{ membershipId: string; permission: OrgPermission; id: string; slug: string; name: string; governanceEditMode: GovernanceEditMode; recordVersion: number }[]>`
    SELECT m."id" AS "membershipId", m."permission"::text AS "permission",
      o."id", o."slug", o."name", o."governanceEditMode"::text AS "governanceEditMode", o."recordVersion"
    FROM "Membership" m JOIN "Organization" o ON o."id" = m."organizationId"
    WHERE m."userId" = ${userId}::uuid AND m."removedAt" IS NULL
    ORDER BY o."name", o."id"
    LIMIT ${MAX_ORGANIZATIONS}`;
  return rows.map(({ membershipId, permission, ...organization }) => ({ membershipId, permission, organization }));
});

export async function listMyOrganizations(userId: string): Promise<MyOrganization[]> {
  return (await listMyMemberships(userId)).map((m) => ({ slug: m.organization.slug, name: m.organization.name, permission: m.permission }));
}
