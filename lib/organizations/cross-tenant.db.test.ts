// An admin of organisation A, acting through A's member context, names rows of organisation B:
// every mutation must answer as for an unknown id and change nothing in B.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInvitation, revokeInvitation } from "@/lib/invitations/mutations";
import { listPendingInvitations } from "@/lib/invitations/data";
import { changeMemberPermission, removeMember } from "@/lib/members/mutations";
import { listMembers } from "@/lib/members/data";
import { db } from "@/lib/server/db";
import type { MemberContext } from "./context";
import { addTestMember, createTestOrganization } from "./testing/fixtures";

afterAll(() => db.$disconnect());

let adminA: MemberContext;
let adminB: MemberContext;
let memberB: MemberContext;
let invitationB: string;

/** Everything of B that a cross-tenant call could change. */
async function snapshotOfB() {
  const organizationId = adminB.organization.id;
  return {
    memberships: await db.membership.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    invitations: await db.invitation.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    circleMemberships: await db.circleMembership.count({ where: { organizationId } }),
    events: await db.event.count({ where: { organizationId } }),
  };
}

beforeAll(async () => {
  adminA = await createTestOrganization();
  adminB = await createTestOrganization();
  memberB = await addTestMember(adminB.organization.id, "member");
  const invitation = await createInvitation(adminB, { delivery: "link", permission: "admin" }, { emailEnabled: false });
  if (!invitation.ok) throw new Error(invitation.reason);
  invitationB = invitation.invitationId;
});

describe("cross-tenant", () => {
  it("revoking another organisation's invitation is not found and changes nothing", async () => {
    const before = await snapshotOfB();
    expect(await revokeInvitation(adminA, { invitationId: invitationB })).toEqual({ ok: false, reason: "notFound" });
    expect(await snapshotOfB()).toEqual(before);
  });

  it("changing the permission of another organisation's member is not found and changes nothing", async () => {
    const before = await snapshotOfB();
    for (const membershipId of [memberB.membership.id, adminB.membership.id]) {
      expect(await changeMemberPermission(adminA, { membershipId, permission: "observer" })).toEqual({ ok: false, reason: "notFound" });
    }
    expect(await changeMemberPermission(adminA, { membershipId: memberB.membership.id, permission: "admin" })).toEqual({ ok: false, reason: "notFound" });
    expect(await snapshotOfB()).toEqual(before);
  });

  it("removing another organisation's member is not found and changes nothing", async () => {
    const before = await snapshotOfB();
    for (const membershipId of [memberB.membership.id, adminB.membership.id]) {
      expect(await removeMember(adminA, { membershipId })).toEqual({ ok: false, reason: "notFound" });
    }
    expect(await snapshotOfB()).toEqual(before);
  });

  it("A's lists show nothing of B", async () => {
    const members = await listMembers(adminA.organization.id, 1);
    expect(members.members.map((m) => m.membershipId)).toEqual([adminA.membership.id]);
    expect((await listPendingInvitations(adminA.organization.id)).map((i) => i.id)).not.toContain(invitationB);
  });
});
