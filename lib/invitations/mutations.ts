// Inviting people and revoking invitations. Only admins; everything is scoped by the organisation
// of the current member context, so an id from another organisation is simply not found.
import "server-only";
import type { MemberContext } from "@/lib/organizations/context";
import { can } from "@/lib/organizations/policy";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { sendEmail } from "@/lib/server/mail";
import { invitationEmail } from "./email";
import { createInvitationSchema, invitationIdSchema } from "./schema";
import { INVITATION_TTL_MS, newInvitationToken } from "./token";

type Actor = Pick<MemberContext, "user" | "organization" | "membership">;

export type CreateInvitationResult =
  | { ok: true; invitationId: string; delivery: "link"; url: string }
  | { ok: true; invitationId: string; delivery: "email"; email: string }
  | { ok: false; reason: "forbidden" | "invalid" | "emailUnavailable" | "alreadyMember" };

export function invitationUrl(token: string): string {
  return `${env().NEXTAUTH_URL ?? "http://localhost:3000"}/invitations/${token}`;
}

/** `emailEnabled` is whether SMTP is configured (smtpConfigured()); the caller knows the server. */
export async function createInvitation(
  actor: Actor,
  input: unknown,
  options: { emailEnabled: boolean; now?: Date },
): Promise<CreateInvitationResult> {
  if (!can(actor.membership.permission, "member.invite")) return { ok: false, reason: "forbidden" };
  const parsed = createInvitationSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const data = parsed.data;
  const organizationId = actor.organization.id;
  const email = data.delivery === "email" ? data.email : null;
  if (email !== null) {
    if (!options.emailEnabled) return { ok: false, reason: "emailUnavailable" };
    const member = await db.membership.findFirst({
      where: { organizationId, removedAt: null, user: { email } },
      select: { id: true },
    });
    if (member) return { ok: false, reason: "alreadyMember" };
  }

  const { token, tokenHash } = newInvitationToken();
  const now = options.now ?? new Date();
  const invitation = await db.$transaction(async (tx) => {
    const created = await tx.invitation.create({
      data: {
        organizationId,
        email,
        permission: data.permission,
        tokenHash,
        invitedById: actor.membership.id,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      },
      select: { id: true },
    });
    await tx.event.create({
      data: {
        organizationId,
        actorId: actor.user.id,
        kind: "invitation.created",
        subjectId: created.id,
        data: { permission: data.permission, delivery: data.delivery },
      },
    });
    return created;
  });

  const url = invitationUrl(token);
  if (email === null) return { ok: true, invitationId: invitation.id, delivery: "link", url };
  // After the commit: a mail that fails to leave is recorded on its OutboundEmail row, and the
  // invitation stays valid (an admin may revoke it and invite by link instead).
  const mail = invitationEmail({
    locale: actor.user.locale,
    inviterName: actor.user.name,
    organizationName: actor.organization.name,
    permission: data.permission,
    url,
  });
  await sendEmail({ to: email, ...mail, organizationId });
  return { ok: true, invitationId: invitation.id, delivery: "email", email };
}

export type RevokeInvitationResult = { ok: true } | { ok: false; reason: "forbidden" | "notFound" };

export async function revokeInvitation(actor: Actor, input: unknown): Promise<RevokeInvitationResult> {
  if (!can(actor.membership.permission, "invitation.revoke")) return { ok: false, reason: "forbidden" };
  const parsed = invitationIdSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "notFound" };
  const organizationId = actor.organization.id;
  return db.$transaction(async (tx) => {
    // Compare-and-set: only a pending invitation of this organisation can be revoked.
    const revoked = await tx.invitation.updateMany({
      where: { id: parsed.data.invitationId, organizationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count === 0) return { ok: false, reason: "notFound" } as const;
    await tx.event.create({
      data: { organizationId, actorId: actor.user.id, kind: "invitation.revoked", subjectId: parsed.data.invitationId },
    });
    return { ok: true } as const;
  });
}
