import { afterAll, describe, expect, it } from "vitest";
import { removeMember } from "@/lib/members/mutations";
import { db } from "@/lib/server/db";
import { recordAt } from "./history";
import { createOrgFixture, directEdit, refOf, type OrgFixture } from "./test-fixtures";

afterAll(() => db.$disconnect());

const versionOf = async (id: string) => (await db.organization.findUniqueOrThrow({ where: { id }, select: { recordVersion: true } })).recordVersion;

function adminOf(fx: OrgFixture) {
  return {
    user: { id: fx.admin.userId, email: "", name: "", locale: "fr" },
    organization: { id: fx.organizationId, slug: "", name: "", governanceEditMode: "direct_edits_by_admins" as const, recordVersion: 0 },
    membership: { id: fx.admin.membershipId, permission: "admin" as const },
  };
}

describe("a member's removal in the record", () => {
  it("ends their assignments with a trace: time travel shows the roles without them from that instant", async () => {
    const fx = await createOrgFixture(db);
    const made = await directEdit(db, fx, [
      { kind: "role.create", ref: "treso", circleId: fx.generalCircleId, name: "Trésorerie" },
      { kind: "role.create", ref: "accueil", circleId: fx.generalCircleId, name: "Accueil" },
      { kind: "assignment.add", ref: "a1", roleId: "ref:treso", membershipId: fx.member.membershipId },
      { kind: "assignment.add", ref: "a2", roleId: "ref:accueil", membershipId: fx.member.membershipId, focus: "Le samedi" },
      { kind: "assignment.add", ref: "kept", roleId: "ref:treso", membershipId: fx.admin.membershipId },
    ]);
    const before = new Date();
    const version = await versionOf(fx.organizationId);
    const held = (state: Awaited<ReturnType<typeof recordAt>>) => state.assignments.map((a) => a.id).sort();
    expect(held(await recordAt(db, fx.organizationId, before))).toEqual([refOf(made, "a1"), refOf(made, "a2"), refOf(made, "kept")].sort());

    expect(await removeMember(adminOf(fx), { membershipId: fx.member.membershipId })).toMatchObject({ ok: true });
    const trace = await db.recordChange.findMany({ where: { organizationId: fx.organizationId, entity: "assignment", action: "removed" } });
    expect(trace.map((row) => row.entityId).sort()).toEqual([refOf(made, "a1"), refOf(made, "a2")].sort());
    expect(trace[0]).toMatchObject({ actorId: fx.admin.userId, isDirectEdit: true, decisionId: null, circleId: fx.generalCircleId });
    expect(trace.every((row) => typeof (row.after as { endedAt?: unknown }).endedAt === "string")).toBe(true);
    expect(await versionOf(fx.organizationId)).toBe(version + 1);
    // Before the removal the record still shows them; after it, only the admin holds a role.
    expect(held(await recordAt(db, fx.organizationId, before))).toHaveLength(3);
    expect(held(await recordAt(db, fx.organizationId, new Date()))).toEqual([refOf(made, "kept")]);
  });

  it("leaves the record and its version alone when the member held no role", async () => {
    const fx = await createOrgFixture(db);
    const version = await versionOf(fx.organizationId);
    expect(await removeMember(adminOf(fx), { membershipId: fx.member.membershipId })).toMatchObject({ ok: true });
    expect(await versionOf(fx.organizationId)).toBe(version);
    expect(await db.recordChange.count({ where: { organizationId: fx.organizationId, entity: "assignment" } })).toBe(0);
  });
});

describe("a member's removal racing a change set", () => {
  it("never leaves a removed member holding a role, and never deadlocks", async () => {
    for (let round = 0; round < 5; round++) {
      const fx = await createOrgFixture(db);
      const made = await directEdit(db, fx, [{ kind: "role.create", ref: "treso", circleId: fx.generalCircleId, name: "Trésorerie" }]);
      const [removed, assigned] = await Promise.all([
        removeMember(adminOf(fx), { membershipId: fx.member.membershipId }),
        directEdit(db, fx, [{ kind: "assignment.add", roleId: refOf(made, "treso"), membershipId: fx.member.membershipId }]),
      ]);
      expect(removed).toMatchObject({ ok: true });
      // Either the assignment came first and the removal ended it, or the removal came first and the set was refused.
      expect(await db.roleAssignment.count({ where: { organizationId: fx.organizationId, membershipId: fx.member.membershipId, endedAt: null } })).toBe(0);
      if (assigned.ok) expect(await db.recordChange.count({ where: { organizationId: fx.organizationId, entity: "assignment", action: "removed" } })).toBe(1);
    }
  });
});
