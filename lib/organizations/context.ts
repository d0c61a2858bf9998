// Who the current user is within one organisation. The organisation is always found from the
// URL's slug *and* the user's active membership: someone who is not a member gets a 404, as if
// the organisation did not exist (no enumeration of organisations).
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import type { GovernanceEditMode, OrgPermission } from "@/lib/generated/prisma/enums";
import { getSessionUser, requireUser, type SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/server/db";
import { listMyMemberships, MAX_ORGANIZATIONS } from "./data";

export type MemberContext = {
  user: SessionUser;
  /** `recordVersion`: where the governance record stood when the request began (ADR 0014). */
  organization: { id: string; slug: string; name: string; governanceEditMode: GovernanceEditMode; recordVersion: number };
  membership: { id: string; permission: OrgPermission };
};

/** The active membership of `userId` in the organisation `slug`, or null. */
export const findMemberContext = cache(async (user: SessionUser, slug: string): Promise<MemberContext | null> => {
  const mine = await listMyMemberships(user.id);
  let found = mine.find((m) => m.organization.slug === slug);
  // Past the list's bound (a person in hundreds of organisations), ask for this one directly.
  if (!found && mine.length >= MAX_ORGANIZATIONS) {
    const membership = await db.membership.findFirst({
      where: { userId: user.id, removedAt: null, organization: { slug } },
      select: { id: true, permission: true, organization: { select: { id: true, slug: true, name: true, governanceEditMode: true, recordVersion: true } } },
    });
    found = membership ? { membershipId: membership.id, permission: membership.permission, organization: membership.organization } : undefined;
  }
  if (!found) return null;
  return { user, organization: found.organization, membership: { id: found.membershipId, permission: found.permission } };
});

/** For pages: the member context, or sign-in / 404. */
export async function requireMember(slug: string): Promise<MemberContext> {
  const user = await requireUser(`/o/${slug}`);
  const context = await findMemberContext(user, slug);
  if (!context) notFound();
  return context;
}

/** For Server Actions and route handlers: the member context, or null (the caller answers). */
export async function memberContextOrNull(slug: string): Promise<MemberContext | null> {
  const user = await getSessionUser();
  return user ? findMemberContext(user, slug) : null;
}
