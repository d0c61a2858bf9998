// Reads about the current user's organisations (their active memberships only).
import "server-only";
import type { OrgPermission } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";

export type MyOrganization = { slug: string; name: string; permission: OrgPermission };

/** A person belongs to a handful of organisations; the bound only guards against abuse. */
const MAX_ORGANIZATIONS = 200;

export async function listMyOrganizations(userId: string): Promise<MyOrganization[]> {
  const memberships = await db.membership.findMany({
    where: { userId, removedAt: null },
    select: { permission: true, organization: { select: { slug: true, name: true } } },
    orderBy: { organization: { name: "asc" } },
    take: MAX_ORGANIZATIONS,
  });
  return memberships.map((m) => ({ slug: m.organization.slug, name: m.organization.name, permission: m.permission }));
}
