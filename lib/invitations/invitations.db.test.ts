import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { removeMember } from "@/lib/members/mutations";
import { addTestMember, contextOf, createTestOrganization, createTestUser } from "@/lib/organizations/testing/fixtures";
import { db } from "@/lib/server/db";
import { acceptInvitation } from "./accept";
import { invitationView, listPendingInvitations } from "./data";
import { createInvitation, revokeInvitation } from "./mutations";
import { hashInvitationToken } from "./token";

afterAll(() => db.$disconnect());

const tokenOf = (url: string) => url.split("/invitations/")[1] ?? "";

async function linkInvitation(permission: "admin" | "member" | "observer" = "member") {
  const admin = await createTestOrganization();
  const result = await createInvitation(admin, { delivery: "link", permission }, { emailEnabled: false });
  if (!result.ok || result.delivery !== "link") throw new Error("no link");
  return { admin, invitationId: result.invitationId, token: tokenOf(result.url) };
}

describe("invitation by link", () => {
  it("stores only the token's hash, expires in 14 days and is listed as pending", async () => {
    const { admin, invitationId, token } = await linkInvitation("observer");
    const row = await db.invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(row.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.email).toBeNull();
    expect(row.invitedById).toBe(admin.membership.id);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeCloseTo(14 * 24 * 3600 * 1000, -4);
    expect(await listPendingInvitations(admin.organization.id)).toMatchObject([
      { id: invitationId, email: null, permission: "observer", invitedByName: admin.user.name },
    ]);
    expect(await db.event.count({ where: { organizationId: admin.organization.id, kind: "invitation.created" } })).toBe(1);
  });

  it("makes the person who accepts it a member of the organisation and of its general circle", async () => {
    const { admin, invitationId, token } = await linkInvitation("observer");
    const invitee = await createTestUser();
    expect(await invitationView(token, invitee)).toMatchObject({ state: "open", organizationName: admin.organization.name, inviterName: admin.user.name });

    expect(await acceptInvitation(invitee, token)).toEqual({ ok: true, slug: admin.organization.slug, alreadyMember: false });
    const joined = await contextOf(invitee, admin.organization.id);
    expect(joined.membership.permission).toBe("observer");
    const general = await db.circle.findFirstOrThrow({ where: { organizationId: admin.organization.id, kind: "general" } });
    expect(await db.circleMembership.count({ where: { circleId: general.id, membershipId: joined.membership.id } })).toBe(1);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).toMatchObject({ acceptedById: invitee.id });
    expect(await db.event.count({ where: { organizationId: admin.organization.id, kind: "invitation.accepted", subjectId: joined.membership.id } })).toBe(1);
    // Used: nobody else can use it, and the page says only "invalid".
    const other = await createTestUser();
    expect(await acceptInvitation(other, token)).toEqual({ ok: false, reason: "invalid" });
    expect(await invitationView(token, other)).toEqual({ state: "invalid" });
    // The member who used it is simply sent to the organisation.
    expect(await invitationView(token, invitee)).toEqual({ state: "member", slug: admin.organization.slug });
  });

  it("serves only once under two concurrent accepts", async () => {
    const { admin, token } = await linkInvitation();
    const [a, b] = [await createTestUser(), await createTestUser()];
    const results = await Promise.all([acceptInvitation(a, token), acceptInvitation(b, token)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "invalid" }]);
    expect(await db.membership.count({ where: { organizationId: admin.organization.id, userId: { in: [a.id, b.id] } } })).toBe(1);
  });

  it("makes one membership when one person accepts two invitations at once, using only one", async () => {
    const admin = await createTestOrganization();
    const links = await Promise.all(
      [1, 2].map(() => createInvitation(admin, { delivery: "link", permission: "member" }, { emailEnabled: false })),
    );
    const tokens = links.map((link) => (link.ok && link.delivery === "link" ? tokenOf(link.url) : ""));
    const invitee = await createTestUser();
    const results = await Promise.all(tokens.map((token) => acceptInvitation(invitee, token)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.membership.count({ where: { organizationId: admin.organization.id, userId: invitee.id } })).toBe(1);
    expect(await db.invitation.count({ where: { organizationId: admin.organization.id, acceptedAt: { not: null } } })).toBe(1);
  });

  it("refuses an expired invitation", async () => {
    const { token } = await linkInvitation();
    const invitee = await createTestUser();
    const later = new Date(Date.now() + 15 * 24 * 3600 * 1000);
    expect(await invitationView(token, invitee, later)).toEqual({ state: "invalid" });
    expect(await acceptInvitation(invitee, token, later)).toEqual({ ok: false, reason: "invalid" });
    expect(await db.membership.count({ where: { userId: invitee.id } })).toBe(0);
  });

  it("refuses a revoked invitation, and revoking twice is not found", async () => {
    const { admin, invitationId, token } = await linkInvitation();
    expect(await revokeInvitation(admin, { invitationId })).toEqual({ ok: true });
    expect(await revokeInvitation(admin, { invitationId })).toEqual({ ok: false, reason: "notFound" });
    expect(await listPendingInvitations(admin.organization.id)).toEqual([]);
    const invitee = await createTestUser();
    expect(await invitationView(token, invitee)).toEqual({ state: "invalid" });
    expect(await acceptInvitation(invitee, token)).toEqual({ ok: false, reason: "invalid" });
    expect(await db.membership.count({ where: { userId: invitee.id } })).toBe(0);
  });

  it("answers an unknown or malformed token as invalid", async () => {
    const user = await createTestUser();
    for (const token of ["x".repeat(43), "nope", ""]) {
      expect(await invitationView(token, user)).toEqual({ state: "invalid" });
      expect(await acceptInvitation(user, token)).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("sends an active member to the organisation without using the invitation", async () => {
    const { admin, invitationId, token } = await linkInvitation("admin");
    expect(await acceptInvitation(admin.user, token)).toEqual({ ok: true, slug: admin.organization.slug, alreadyMember: true });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).acceptedAt).toBeNull();
  });

  it("lets a removed member come back with the invited permission", async () => {
    const admin = await createTestOrganization();
    const former = await addTestMember(admin.organization.id, "admin");
    expect(await removeMember(admin, { membershipId: former.membership.id })).toMatchObject({ ok: true });
    const invitation = await createInvitation(admin, { delivery: "link", permission: "observer" }, { emailEnabled: false });
    if (!invitation.ok || invitation.delivery !== "link") throw new Error("no link");

    expect(await acceptInvitation(former.user, tokenOf(invitation.url))).toMatchObject({ ok: true, alreadyMember: false });
    const back = await db.membership.findUniqueOrThrow({ where: { id: former.membership.id } });
    expect(back).toMatchObject({ removedAt: null, permission: "observer" });
    expect(await db.circleMembership.count({ where: { membershipId: back.id } })).toBe(1);
  });

  it("is refused to members and observers", async () => {
    const admin = await createTestOrganization();
    for (const permission of ["member", "observer"] as const) {
      const someone = await addTestMember(admin.organization.id, permission);
      expect(await createInvitation(someone, { delivery: "link", permission: "admin" }, { emailEnabled: true })).toEqual({ ok: false, reason: "forbidden" });
    }
    expect(await db.invitation.count({ where: { organizationId: admin.organization.id } })).toBe(0);
  });
});

describe("invitation by email", () => {
  it("records the email in the outbox, with the link, and only that address may accept", async () => {
    const admin = await createTestOrganization();
    const invitee = await createTestUser();
    const result = await createInvitation(admin, { delivery: "email", email: ` ${invitee.email.toUpperCase()} `, permission: "member" }, { emailEnabled: true });
    expect(result).toMatchObject({ ok: true, delivery: "email", email: invitee.email });
    const mails = await db.outboundEmail.findMany({ where: { organizationId: admin.organization.id } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: invitee.email, subject: `Invitation à rejoindre « ${admin.organization.name} » sur Interpôles` });
    const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(mails[0]?.text ?? "")?.[1] ?? "";
    expect(token).not.toBe("");

    const stranger = await createTestUser();
    expect(await invitationView(token, stranger)).toMatchObject({ state: "open", emailMatches: false });
    expect(await acceptInvitation(stranger, token)).toEqual({ ok: false, reason: "emailMismatch" });
    expect(await db.membership.count({ where: { userId: stranger.id } })).toBe(0);

    expect(await invitationView(token, invitee)).toMatchObject({ state: "open", emailMatches: true });
    expect(await acceptInvitation(invitee, token)).toMatchObject({ ok: true, alreadyMember: false });
  });

  it("is unavailable without SMTP, and refused for someone already a member", async () => {
    const admin = await createTestOrganization();
    const input = { delivery: "email", email: `new-${randomUUID()}@example.test`, permission: "member" };
    expect(await createInvitation(admin, input, { emailEnabled: false })).toEqual({ ok: false, reason: "emailUnavailable" });
    const member = await addTestMember(admin.organization.id);
    expect(await createInvitation(admin, { ...input, email: member.user.email }, { emailEnabled: true })).toEqual({ ok: false, reason: "alreadyMember" });
    expect(await createInvitation(admin, { ...input, email: "not-an-email" }, { emailEnabled: true })).toEqual({ ok: false, reason: "invalid" });
    expect(await db.invitation.count({ where: { organizationId: admin.organization.id } })).toBe(0);
    expect(await db.outboundEmail.count({ where: { organizationId: admin.organization.id } })).toBe(0);
  });
});
