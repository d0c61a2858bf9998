import { afterAll, describe, expect, it } from "vitest";
import { findMemberContext } from "@/lib/organizations/context";
import { addTestMember, createTestOrganization } from "@/lib/organizations/testing/fixtures";
import { db } from "@/lib/server/db";
import { listMembers, MEMBERS_PER_PAGE } from "./data";
import { changeMemberPermission, removeMember } from "./mutations";

afterAll(() => db.$disconnect());

async function permissionOf(membershipId: string) {
  return (await db.membership.findUniqueOrThrow({ where: { id: membershipId } })).permission;
}

describe("changeMemberPermission", () => {
  it("changes the permission and records it in the journal", async () => {
    const admin = await createTestOrganization();
    const member = await addTestMember(admin.organization.id, "member");
    expect(await changeMemberPermission(admin, { membershipId: member.membership.id, permission: "observer" })).toEqual({ ok: true, name: member.user.name });
    expect(await permissionOf(member.membership.id)).toBe("observer");
    const events = await db.event.findMany({ where: { organizationId: admin.organization.id, kind: "member.permission_changed" } });
    expect(events).toMatchObject([{ subjectId: member.membership.id, actorId: admin.user.id, data: { from: "member", to: "observer" } }]);
  });

  it("refuses an unknown permission", async () => {
    const admin = await createTestOrganization();
    const member = await addTestMember(admin.organization.id);
    expect(await changeMemberPermission(admin, { membershipId: member.membership.id, permission: "owner" })).toEqual({ ok: false, reason: "invalidPermission" });
    expect(await permissionOf(member.membership.id)).toBe("member");
  });

  it("never demotes the last admin, even themselves", async () => {
    const admin = await createTestOrganization();
    expect(await changeMemberPermission(admin, { membershipId: admin.membership.id, permission: "member" })).toEqual({ ok: false, reason: "lastAdmin" });
    expect(await permissionOf(admin.membership.id)).toBe("admin");
  });

  it("lets an admin step down when another admin remains", async () => {
    const admin = await createTestOrganization();
    await addTestMember(admin.organization.id, "admin");
    expect(await changeMemberPermission(admin, { membershipId: admin.membership.id, permission: "member" })).toMatchObject({ ok: true });
    expect(await permissionOf(admin.membership.id)).toBe("member");
  });

  it("leaves one admin when two admins demote each other at the same time", async () => {
    for (let round = 0; round < 5; round++) {
      const a = await createTestOrganization();
      const b = await addTestMember(a.organization.id, "admin");
      const results = await Promise.all([
        changeMemberPermission(a, { membershipId: b.membership.id, permission: "member" }),
        changeMemberPermission(b, { membershipId: a.membership.id, permission: "member" }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(await db.membership.count({ where: { organizationId: a.organization.id, permission: "admin", removedAt: null } })).toBe(1);
    }
  });

  it("is refused to members and observers", async () => {
    const admin = await createTestOrganization();
    for (const permission of ["member", "observer"] as const) {
      const someone = await addTestMember(admin.organization.id, permission);
      expect(await changeMemberPermission(someone, { membershipId: someone.membership.id, permission: "admin" })).toEqual({ ok: false, reason: "forbidden" });
      expect(await removeMember(someone, { membershipId: admin.membership.id })).toEqual({ ok: false, reason: "forbidden" });
      expect(await permissionOf(someone.membership.id)).toBe(permission);
    }
    expect(await db.membership.count({ where: { organizationId: admin.organization.id, removedAt: { not: null } } })).toBe(0);
  });

  it("is refused to an admin demoted since their request began", async () => {
    const admin = await createTestOrganization();
    const other = await addTestMember(admin.organization.id, "admin");
    await db.membership.update({ where: { id: other.membership.id }, data: { permission: "member" } });
    // `other` still carries the admin context it had when its request began.
    expect(await changeMemberPermission({ ...other, membership: { ...other.membership, permission: "admin" } }, { membershipId: admin.membership.id, permission: "observer" })).toEqual({ ok: false, reason: "forbidden" });
    expect(await permissionOf(admin.membership.id)).toBe("admin");
  });
});

describe("removeMember", () => {
  it("marks the membership removed, ends role assignments, leaves circles, in the journal", async () => {
    const admin = await createTestOrganization();
    const organizationId = admin.organization.id;
    const member = await addTestMember(organizationId);
    const general = await db.circle.findFirstOrThrow({ where: { organizationId, kind: "general" } });
    const role = await db.role.create({ data: { organizationId, circleId: general.id, name: "Trésorerie" } });
    const assignment = await db.roleAssignment.create({ data: { organizationId, roleId: role.id, membershipId: member.membership.id } });
    const adminAssignment = await db.roleAssignment.create({ data: { organizationId, roleId: role.id, membershipId: admin.membership.id } });

    expect(await findMemberContext(member.user, admin.organization.slug)).not.toBeNull();
    expect(await removeMember(admin, { membershipId: member.membership.id })).toEqual({ ok: true, name: member.user.name });
    // Their next request finds no member context: the organisation answers 404.
    expect(await findMemberContext(member.user, admin.organization.slug)).toBeNull();
    expect((await db.membership.findUniqueOrThrow({ where: { id: member.membership.id } })).removedAt).toBeInstanceOf(Date);
    expect((await db.roleAssignment.findUniqueOrThrow({ where: { id: assignment.id } })).endedAt).toBeInstanceOf(Date);
    expect((await db.roleAssignment.findUniqueOrThrow({ where: { id: adminAssignment.id } })).endedAt).toBeNull();
    expect(await db.circleMembership.count({ where: { membershipId: member.membership.id } })).toBe(0);
    expect(await db.circleMembership.count({ where: { membershipId: admin.membership.id } })).toBe(1);
    expect(await db.event.count({ where: { organizationId, kind: "member.removed", subjectId: member.membership.id } })).toBe(1);
    // Gone from the list, and a second removal finds nobody.
    expect((await listMembers(organizationId, 1)).members.map((m) => m.membershipId)).toEqual([admin.membership.id]);
    expect(await removeMember(admin, { membershipId: member.membership.id })).toEqual({ ok: false, reason: "notFound" });
  });

  it("leaves one admin when two admins remove each other at the same time", async () => {
    for (let round = 0; round < 5; round++) {
      const a = await createTestOrganization();
      const b = await addTestMember(a.organization.id, "admin");
      const results = await Promise.all([
        removeMember(a, { membershipId: b.membership.id }),
        removeMember(b, { membershipId: a.membership.id }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(await db.membership.count({ where: { organizationId: a.organization.id, permission: "admin", removedAt: null } })).toBe(1);
    }
  });

  it("never removes the last admin", async () => {
    const admin = await createTestOrganization();
    expect(await removeMember(admin, { membershipId: admin.membership.id })).toEqual({ ok: false, reason: "lastAdmin" });
    expect((await db.membership.findUniqueOrThrow({ where: { id: admin.membership.id } })).removedAt).toBeNull();
  });
});

describe("listMembers", () => {
  it("pages the active members by name", async () => {
    const admin = await createTestOrganization();
    const organizationId = admin.organization.id;
    await Promise.all(Array.from({ length: MEMBERS_PER_PAGE }, () => addTestMember(organizationId)));
    const first = await listMembers(organizationId, 1);
    const second = await listMembers(organizationId, 2);
    expect([first.total, first.pageCount, first.members.length, second.members.length]).toEqual([51, 2, 50, 1]);
    const all = [...first.members, ...second.members].map((m) => m.name);
    expect(all).toEqual([...all].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    expect(new Set(all).size).toBe(51);
    expect((await listMembers(organizationId, 99)).page).toBe(2);
    expect((await listMembers(organizationId, Number.NaN)).page).toBe(1);
  });
});
