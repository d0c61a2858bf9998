// Accepting an invitation: the invitation is consumed (compare-and-set, so a link serves once
// even under concurrent clicks) and the person becomes a member, or a removed member comes back,
// with the invited permission and a seat in the general circle, in one transaction.
import "server-only";
import type { OrgPermission } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/server/db";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/organizations/unique-violation";
import { hashInvitationToken, looksLikeInvitationToken } from "./token";

export type AcceptInvitationResult =
  | { ok: true; slug: string; alreadyMember: boolean }
  | { ok: false; reason: "invalid" | "emailMismatch" };

type Invitee = { id: string; email: string };

export async function acceptInvitation(user: Invitee, token: string, now = new Date()): Promise<AcceptInvitationResult> {
  if (!looksLikeInvitationToken(token)) return { ok: false, reason: "invalid" };
  try {
    return await db.$transaction((tx) => accept(tx, user, hashInvitationToken(token), now));
  } catch (error) {
    // The same person accepting two invitations of one organisation at once: the loser's
    // membership write fails (unique violation, or the row was reactivated meanwhile) and its
    // transaction rolls back, leaving its invitation unused. Once more, it finds them a member.
    if (!isUniqueViolation(error) && !(error instanceof JoinedMeanwhile)) throw error;
    return db.$transaction((tx) => accept(tx, user, hashInvitationToken(token), now));
  }
}

class JoinedMeanwhile extends Error {}

async function accept(tx: Tx, user: Invitee, tokenHash: string, now: Date): Promise<AcceptInvitationResult> {
  const invitation = await tx.invitation.findUnique({
    where: { tokenHash },
    select: { id: true, organizationId: true, email: true, permission: true, organization: { select: { slug: true } } },
  });
  if (!invitation) return { ok: false, reason: "invalid" };
  const { organizationId } = invitation;
  const slug = invitation.organization.slug;

  const existing = await tx.membership.findUnique({
    where: { organizationId_userId: { organizationId, userId: user.id } },
    select: { id: true, removedAt: true },
  });
  // Nothing to join: leave the invitation for whom it was meant.
  if (existing && existing.removedAt === null) return { ok: true, slug, alreadyMember: true };
  if (invitation.email !== null && invitation.email !== user.email.trim().toLowerCase()) {
    return { ok: false, reason: "emailMismatch" };
  }

  const consumed = await tx.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now, acceptedById: user.id },
  });
  if (consumed.count === 0) return { ok: false, reason: "invalid" };

  const membershipId = existing
    ? await rejoin(tx, existing.id, invitation.permission, now)
    : await join(tx, organizationId, user.id, invitation.permission, now);
  if (!membershipId) throw new JoinedMeanwhile();

  const general = await tx.circle.findFirst({ where: { organizationId, kind: "general" }, select: { id: true } });
  if (general) {
    await tx.circleMembership.upsert({
      where: { organizationId_circleId_membershipId: { organizationId, circleId: general.id, membershipId } },
      create: { organizationId, circleId: general.id, membershipId },
      update: {},
    });
  }
  await tx.event.create({
    data: {
      organizationId,
      actorId: user.id,
      kind: "invitation.accepted",
      subjectId: membershipId,
      data: { invitationId: invitation.id, permission: invitation.permission, rejoined: Boolean(existing) },
    },
  });
  return { ok: true, slug, alreadyMember: false };
}

async function join(tx: Tx, organizationId: string, userId: string, permission: OrgPermission, now: Date) {
  const created = await tx.membership.create({
    data: { organizationId, userId, permission, joinedAt: now },
    select: { id: true },
  });
  return created.id;
}

/** A removed member comes back with the invited permission; their old acts stay theirs. */
async function rejoin(tx: Tx, membershipId: string, permission: OrgPermission, now: Date) {
  const reactivated = await tx.membership.updateMany({
    where: { id: membershipId, removedAt: { not: null } },
    data: { removedAt: null, permission, joinedAt: now },
  });
  return reactivated.count === 1 ? membershipId : null;
}
