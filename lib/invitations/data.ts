// Reads about invitations: the pending ones of an organisation (admins' view) and what the
// invitation page may show to whoever holds a link.
import "server-only";
import type { OrgPermission } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { hashInvitationToken, looksLikeInvitationToken } from "./token";

export type PendingInvitation = {
  id: string;
  email: string | null;
  permission: OrgPermission;
  invitedByName: string;
  expiresAt: Date;
};

/** Invitations are short-lived and few; the bound only guards the page. */
const MAX_PENDING = 100;

export async function listPendingInvitations(organizationId: string, now = new Date()): Promise<PendingInvitation[]> {
  const rows = await db.invitation.findMany({
    where: { organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: {
      id: true,
      email: true,
      permission: true,
      expiresAt: true,
      invitedBy: { select: { user: { select: { name: true } } } },
    },
    orderBy: { createdAt: "desc" },
    take: MAX_PENDING,
  });
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    permission: row.permission,
    invitedByName: row.invitedBy.user.name,
    expiresAt: row.expiresAt,
  }));
}

/**
 * What the invitation page shows. Unknown, expired, revoked and used invitations are all the
 * same "invalid" answer, so that a link reveals nothing once it cannot be used.
 */
export type InvitationView =
  | { state: "invalid" }
  | { state: "member"; slug: string }
  | {
      state: "open";
      organizationName: string;
      inviterName: string;
      permission: OrgPermission;
      /** Whether the signed-in person may accept it (an invitation by email is for that address). */
      emailMatches: boolean;
    };

export async function invitationView(
  token: string,
  user: { id: string; email: string } | null,
  now = new Date(),
): Promise<InvitationView> {
  if (!looksLikeInvitationToken(token)) return { state: "invalid" };
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      organizationId: true,
      email: true,
      permission: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organization: { select: { slug: true, name: true } },
      invitedBy: { select: { user: { select: { name: true } } } },
    },
  });
  if (!invitation) return { state: "invalid" };
  if (user) {
    const membership = await db.membership.findFirst({
      where: { organizationId: invitation.organizationId, userId: user.id, removedAt: null },
      select: { id: true },
    });
    if (membership) return { state: "member", slug: invitation.organization.slug };
  }
  if (invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) return { state: "invalid" };
  return {
    state: "open",
    organizationName: invitation.organization.name,
    inviterName: invitation.invitedBy.user.name,
    permission: invitation.permission,
    emailMatches: !user || invitation.email === null || invitation.email === user.email.trim().toLowerCase(),
  };
}
