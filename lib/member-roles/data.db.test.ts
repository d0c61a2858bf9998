// A member's roles against real PostgreSQL: only active assignments of active roles, with their
// accountabilities in order and the state of their term; scoped to the organisation.
import { describe, expect, it } from "vitest";
import { createOrgFixture, directEdit, refOf } from "@/lib/record/test-fixtures";
import { db } from "@/lib/server/db";
import { loadMemberRoles, MEMBER_ROLES_PER_PAGE } from "./data";

const NOW = new Date("2026-06-01T10:00:00Z");
// The record refuses a term already over when it is set: the roles are given a month earlier.
const APPLIED = new Date("2026-05-01T10:00:00Z");

describe("loadMemberRoles", () => {
  it("lists the roles a member fills, with accountabilities, focus and term state", async () => {
    const fx = await createOrgFixture(db);
    const result = await directEdit(db, fx, [
      { kind: "circle.create", ref: "atelier", parentId: fx.generalCircleId, circleKind: "pole", name: "Atelier" },
      { kind: "role.create", ref: "soon", circleId: "ref:atelier", name: "Accueil", accountabilities: ["Accueillir", "Orienter"] },
      { kind: "role.create", ref: "past", circleId: fx.generalCircleId, name: "Trésorerie", accountabilities: ["Tenir les comptes"] },
      { kind: "role.create", ref: "later", circleId: fx.generalCircleId, name: "Archives" },
      { kind: "role.create", ref: "gone", circleId: fx.generalCircleId, name: "Ancien" },
      { kind: "role.create", ref: "other", circleId: fx.generalCircleId, name: "Pas à moi", accountabilities: ["Autre"] },
      { kind: "assignment.add", roleId: "ref:soon", membershipId: fx.member.membershipId, focus: "le samedi", termEndsOn: "2026-07-01" },
      { kind: "assignment.add", roleId: "ref:past", membershipId: fx.member.membershipId, termEndsOn: "2026-05-31" },
      { kind: "assignment.add", roleId: "ref:later", membershipId: fx.member.membershipId, termEndsOn: "2026-07-02" },
      { kind: "assignment.add", roleId: "ref:gone", membershipId: fx.member.membershipId },
      { kind: "assignment.add", ref: "ended", roleId: "ref:other", membershipId: fx.member.membershipId },
      { kind: "assignment.add", roleId: "ref:other", membershipId: fx.admin.membershipId },
    ], APPLIED);
    const removed = await db.accountability.findFirstOrThrow({ where: { roleId: refOf(result, "soon"), description: "Orienter" } });
    expect(
      await directEdit(db, fx, [
        { kind: "role.archive", roleId: refOf(result, "gone") },
        { kind: "assignment.remove", assignmentId: refOf(result, "ended") },
        { kind: "accountability.remove", accountabilityId: removed.id },
      ], new Date(APPLIED.getTime() + 3600_000)),
    ).toMatchObject({ ok: true });
    await db.circleMembership.create({ data: { organizationId: fx.organizationId, circleId: refOf(result, "atelier"), membershipId: fx.member.membershipId } });

    const data = await loadMemberRoles(fx.organizationId, fx.member.membershipId, { now: NOW });
    expect(data?.member).toMatchObject({ membershipId: fx.member.membershipId, name: "Test member", permission: "member", circles: [{ id: refOf(result, "atelier"), name: "Atelier" }] });
    expect(data?.roles.map((role) => [role.circleName, role.roleName, role.focus, role.term, role.accountabilities.map((a) => a.description)])).toEqual([
      ["Atelier", "Accueil", "le samedi", "endsSoon", ["Accueillir"]],
      ["Cercle général", "Archives", null, "running", []],
      ["Cercle général", "Trésorerie", null, "ended", ["Tenir les comptes"]],
    ]);
    expect(data).toMatchObject({ total: 3, page: 1, pageCount: 1 });
    expect(data?.roles[0]?.termEndsOn?.toISOString()).toBe("2026-07-01T00:00:00.000Z");
  });

  it("finds no removed member, no other organisation's member and no malformed id", async () => {
    const fx = await createOrgFixture(db);
    const other = await createOrgFixture(db);
    expect(await loadMemberRoles(fx.organizationId, fx.former.membershipId)).toBeNull();
    expect(await loadMemberRoles(fx.organizationId, other.member.membershipId)).toBeNull();
    expect(await loadMemberRoles(fx.organizationId, "not-a-uuid")).toBeNull();
    expect(await loadMemberRoles(fx.organizationId, fx.admin.membershipId)).toMatchObject({ roles: [], total: 0, pageCount: 1 });
  });

  it("pages the roles of someone who holds many", async () => {
    const fx = await createOrgFixture(db);
    const count = MEMBER_ROLES_PER_PAGE + 2;
    const changes = Array.from({ length: count }, (_, i) => [
      { kind: "role.create", ref: `r${i}`, circleId: fx.generalCircleId, name: `Rôle ${String(i).padStart(3, "0")}` },
      { kind: "assignment.add", roleId: `ref:r${i}`, membershipId: fx.admin.membershipId },
    ]).flat();
    expect(await directEdit(db, fx, changes)).toMatchObject({ ok: true });
    const second = await loadMemberRoles(fx.organizationId, fx.admin.membershipId, { page: 2 });
    expect(second).toMatchObject({ total: count, page: 2, pageCount: 2 });
    expect(second?.roles.map((role) => role.roleName)).toEqual([`Rôle 0${MEMBER_ROLES_PER_PAGE}`, `Rôle 0${MEMBER_ROLES_PER_PAGE + 1}`]);
    expect((await loadMemberRoles(fx.organizationId, fx.admin.membershipId, { page: 40 }))?.page).toBe(2);
  });
});
