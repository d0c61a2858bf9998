import { afterAll, describe, expect, it } from "vitest";
import { addTestMember, contextOf, createTestOrganization } from "@/lib/organizations/testing/fixtures";
import { db } from "@/lib/server/db";
import { applyDirectEdit } from "./direct-edit";
import { recordCounts } from "./test-fixtures";

afterAll(() => db.$disconnect());

async function generalCircleOf(organizationId: string) {
  return db.circle.findFirstOrThrow({ where: { organizationId, kind: "general" }, select: { id: true, version: true } });
}

const newRole = (circleId: string) => ({ kind: "role.create", ref: "r", circleId, name: "Trésorerie", accountabilities: ["Tenir les comptes"] });

describe("applyDirectEdit", () => {
  it("lets an admin edit, records it as a direct edit of that user, and names core roles in the reader's language", async () => {
    const admin = await createTestOrganization();
    const general = await generalCircleOf(admin.organization.id);
    const result = await applyDirectEdit(
      db,
      admin,
      [newRole(general.id), { kind: "circle.create", ref: "c", parentId: general.id, circleKind: "project", name: "Festival" }],
      { locale: "en" },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const changes = await db.recordChange.findMany({ where: { organizationId: admin.organization.id, entityId: result.refs.r } });
    expect(changes).toMatchObject([{ entity: "role", action: "created", isDirectEdit: true, actorId: admin.user.id, decisionId: null }]);
    const coreRoles = await db.role.findMany({ where: { circleId: result.refs.c, coreRole: { not: null } }, select: { name: true }, orderBy: { name: "asc" } });
    expect(coreRoles.map((role) => role.name)).toEqual(["Facilitator", "Lead link", "Rep link", "Secretary"]);
  });

  it.each(["member", "observer"] as const)("refuses a %s and writes nothing", async (permission) => {
    const admin = await createTestOrganization();
    const general = await generalCircleOf(admin.organization.id);
    const other = await addTestMember(admin.organization.id, permission);
    const before = await recordCounts(db, admin.organization.id);
    expect(await applyDirectEdit(db, other, [newRole(general.id)])).toEqual({ ok: false, index: -1, reason: "forbidden" });
    expect(await recordCounts(db, admin.organization.id)).toEqual(before);
  });

  it("refuses an admin of a consent-only organisation, even with a context read before the switch", async () => {
    const admin = await createTestOrganization();
    const general = await generalCircleOf(admin.organization.id);
    await db.organization.update({ where: { id: admin.organization.id }, data: { governanceEditMode: "consent_only" } });
    const fresh = await contextOf(admin.user, admin.organization.id);
    const before = await recordCounts(db, admin.organization.id);
    expect(await applyDirectEdit(db, fresh, [newRole(general.id)])).toMatchObject({ ok: false, reason: "forbidden" });
    // `admin` still says direct edits are allowed: the engine asks the database again.
    expect(admin.organization.governanceEditMode).toBe("direct_edits_by_admins");
    expect(await applyDirectEdit(db, admin, [newRole(general.id)])).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await recordCounts(db, admin.organization.id)).toEqual(before);
  });

  it("treats another organisation's ids as unknown, and changes nothing there", async () => {
    const adminA = await createTestOrganization();
    const adminB = await createTestOrganization();
    const generalB = await generalCircleOf(adminB.organization.id);
    const beforeB = await recordCounts(db, adminB.organization.id);
    expect(await applyDirectEdit(db, adminA, [newRole(generalB.id)])).toMatchObject({ ok: false, reason: "not_found", field: "circleId" });
    expect(await applyDirectEdit(db, adminA, [{ kind: "circle.update", circleId: generalB.id, name: "Pris" }])).toMatchObject({
      ok: false,
      reason: "not_found",
    });
    expect(await recordCounts(db, adminB.organization.id)).toEqual(beforeB);
  });

  it("refuses a change made from an outdated view", async () => {
    const admin = await createTestOrganization();
    const general = await generalCircleOf(admin.organization.id);
    const seen = general.version;
    expect(await applyDirectEdit(db, admin, [{ kind: "circle.update", circleId: general.id, purpose: "Un", expectedVersion: seen }])).toMatchObject({ ok: true });
    expect(await applyDirectEdit(db, admin, [{ kind: "circle.update", circleId: general.id, purpose: "Deux", expectedVersion: seen }])).toEqual({
      ok: false,
      index: 0,
      reason: "outdated",
      field: "expectedVersion",
    });
  });
});
