// The accountability review against real PostgreSQL: grouping and order, the three filters,
// pagination, organisation scoping and archived entities hidden.
import { describe, expect, it, beforeAll } from "vitest";
import { db } from "@/lib/server/db";
import { createOrgFixture, directEdit, refOf, type OrgFixture } from "@/lib/record/test-fixtures";
import { removeMember } from "@/lib/members/mutations";
import { loadReview } from "./data";
import { REVIEW_CIRCLES_PER_PAGE } from "./pages";

const none = { circleId: null, q: null, memberId: null };

type Built = { fx: OrgFixture; ids: Record<string, string> };

/** General circle › Pôle Atelier › Équipe bois, and General circle › Bureau, with roles in each. */
async function build(): Promise<Built> {
  const fx = await createOrgFixture(db);
  await db.user.update({ where: { id: fx.admin.userId }, data: { name: "Zoé Admin" } });
  await db.user.update({ where: { id: fx.member.userId }, data: { name: "Ana Membre" } });
  const result = await directEdit(db, fx, [
    { kind: "circle.create", ref: "atelier", parentId: fx.generalCircleId, circleKind: "pole", name: "Pôle Atelier" },
    { kind: "circle.create", ref: "bois", parentId: "ref:atelier", circleKind: "project", name: "Équipe bois" },
    { kind: "circle.create", ref: "bureau", parentId: fx.generalCircleId, circleKind: "pole", name: "Bureau" },
    { kind: "circle.create", ref: "empty", parentId: fx.generalCircleId, circleKind: "group", name: "Aaa vide" },
    { kind: "role.create", ref: "tresorerie", circleId: fx.generalCircleId, name: "Trésorerie", accountabilities: ["Tenir les comptes", "Préparer le budget à 100 %"] },
    { kind: "role.create", ref: "accueil", circleId: "ref:atelier", name: "Accueil", accountabilities: ["Accueillir les bénévoles"] },
    { kind: "role.create", ref: "ancien", circleId: "ref:atelier", name: "Ancien rôle", accountabilities: ["Ne plus apparaître"] },
    { kind: "role.create", ref: "menuiserie", circleId: "ref:bois", name: "Menuiserie", accountabilities: ["Entretenir les machines", "Former au tour"] },
    { kind: "role.create", ref: "com", circleId: "ref:bureau", name: "Communication", accountabilities: ["Animer la lettre d’information"] },
    { kind: "role.create", circleId: "ref:bureau", name: "Sans redevabilité" },
    { kind: "assignment.add", roleId: "ref:tresorerie", membershipId: fx.admin.membershipId, focus: "budget" },
    { kind: "assignment.add", roleId: "ref:tresorerie", membershipId: fx.member.membershipId },
    { kind: "assignment.add", ref: "ended", roleId: "ref:com", membershipId: fx.member.membershipId },
    { kind: "assignment.add", roleId: "ref:menuiserie", membershipId: fx.member.membershipId },
  ]);
  const ids = Object.fromEntries(["atelier", "bois", "bureau", "empty", "tresorerie", "accueil", "ancien", "menuiserie", "com", "ended"].map((ref) => [ref, refOf(result, ref)]));
  const leadLink = await db.role.findFirstOrThrow({ where: { organizationId: fx.organizationId, circleId: ids.atelier, coreRole: "lead_link" } });
  ids.leadLink = leadLink.id;
  const former = await db.accountability.findFirstOrThrow({ where: { roleId: ids.menuiserie, description: "Former au tour" } });
  const later = await directEdit(db, fx, [
    { kind: "accountability.add", roleId: leadLink.id, description: "Attribuer les rôles du pôle" },
    { kind: "role.archive", roleId: ids.ancien },
    { kind: "accountability.remove", accountabilityId: former.id },
    { kind: "assignment.remove", assignmentId: ids.ended },
    { kind: "accountability.add", roleId: ids.tresorerie, description: "Payer les factures", position: 0 },
  ]);
  expect(later.ok).toBe(true);
  return { fx, ids };
}

const shape = (review: NonNullable<Awaited<ReturnType<typeof loadReview>>>) =>
  review.circles.map((circle) => ({
    circle: circle.name,
    roles: circle.roles.map((role) => [role.name, role.accountabilities.map((a) => a.description)]),
  }));

describe("loadReview", () => {
  let built: Built;
  beforeAll(async () => {
    built = await build();
  });

  it("groups active accountabilities by circle in tree order and by role, core roles first, in position order", async () => {
    const review = await loadReview(built.fx.organizationId, none, 1);
    expect(review && shape(review)).toEqual([
      { circle: "Cercle général", roles: [["Trésorerie", ["Payer les factures", "Tenir les comptes", "Préparer le budget à 100 %"]]] },
      { circle: "Bureau", roles: [["Communication", ["Animer la lettre d’information"]]] },
      { circle: "Pôle Atelier", roles: [["Premier lien", ["Attribuer les rôles du pôle"]], ["Accueil", ["Accueillir les bénévoles"]]] },
      { circle: "Équipe bois", roles: [["Menuiserie", ["Entretenir les machines"]]] },
    ]);
    expect(review?.circles[3]?.path).toEqual(["Cercle général", "Pôle Atelier", "Équipe bois"]);
    expect(review).toMatchObject({ circleCount: 4, accountabilityCount: 7, page: 1, pageCount: 1, scopeCircle: null, member: null });
    // Every active circle is offered in the circle filter, even those with nothing to review.
    expect(review?.circleOptions.map((circle) => circle.name)).toEqual(["Cercle général", "Aaa vide", "Bureau", "Pôle Atelier", "Équipe bois"]);
  });

  it("lists current holders by name with their focus, not ended assignments", async () => {
    const review = await loadReview(built.fx.organizationId, none, 1);
    const tresorerie = review?.circles[0]?.roles[0];
    expect(tresorerie?.holders).toEqual([
      { membershipId: built.fx.member.membershipId, name: "Ana Membre", focus: null },
      { membershipId: built.fx.admin.membershipId, name: "Zoé Admin", focus: "budget" },
    ]);
    expect(review?.circles[1]?.roles[0]?.holders).toEqual([]);
  });

  it("restricts to a circle and its sub-circles", async () => {
    const review = await loadReview(built.fx.organizationId, { ...none, circleId: built.ids.atelier! }, 1);
    expect(review?.circles.map((circle) => circle.name)).toEqual(["Pôle Atelier", "Équipe bois"]);
    expect(review?.scopeCircle?.path).toEqual(["Cercle général", "Pôle Atelier"]);
    expect(review?.accountabilityCount).toBe(3);
  });

  it("filters accountabilities by text, ignoring case, with % and _ matched literally", async () => {
    const review = await loadReview(built.fx.organizationId, { ...none, q: "ACCUEILLIR" }, 1);
    expect(review && shape(review)).toEqual([{ circle: "Pôle Atelier", roles: [["Accueil", ["Accueillir les bénévoles"]]] }]);
    const percent = await loadReview(built.fx.organizationId, { ...none, q: "100 %" }, 1);
    expect(percent && shape(percent)).toEqual([{ circle: "Cercle général", roles: [["Trésorerie", ["Préparer le budget à 100 %"]]] }]);
    const wildcard = await loadReview(built.fx.organizationId, { ...none, q: "%" }, 1);
    expect(wildcard?.accountabilityCount).toBe(1);
    expect((await loadReview(built.fx.organizationId, { ...none, q: "_" }, 1))?.accountabilityCount).toBe(0);
    const nothing = await loadReview(built.fx.organizationId, { ...none, q: "Ne plus apparaître" }, 1);
    expect(nothing).toMatchObject({ circles: [], circleCount: 0, accountabilityCount: 0, pageCount: 1 });
  });

  it("keeps the roles a member currently holds", async () => {
    const review = await loadReview(built.fx.organizationId, { ...none, memberId: built.fx.member.membershipId }, 1);
    expect(review && shape(review)).toEqual([
      { circle: "Cercle général", roles: [["Trésorerie", ["Payer les factures", "Tenir les comptes", "Préparer le budget à 100 %"]]] },
      { circle: "Équipe bois", roles: [["Menuiserie", ["Entretenir les machines"]]] },
    ]);
    expect(review?.member).toEqual({ membershipId: built.fx.member.membershipId, name: "Ana Membre" });
  });

  it("combines the filters", async () => {
    const review = await loadReview(built.fx.organizationId, { circleId: built.ids.atelier!, q: "machines", memberId: built.fx.member.membershipId }, 1);
    expect(review && shape(review)).toEqual([{ circle: "Équipe bois", roles: [["Menuiserie", ["Entretenir les machines"]]] }]);
  });

  it("refuses another organisation's circle or member, an archived circle, and a removed member", async () => {
    const other = await createOrgFixture(db);
    const { organizationId } = built.fx;
    expect(await loadReview(organizationId, { ...none, circleId: other.generalCircleId }, 1)).toBeNull();
    expect(await loadReview(organizationId, { ...none, memberId: other.member.membershipId }, 1)).toBeNull();
    expect(await loadReview(organizationId, { ...none, memberId: built.fx.former.membershipId }, 1)).toBeNull();
    expect(await directEdit(db, built.fx, [{ kind: "circle.archive", circleId: built.ids.empty }])).toMatchObject({ ok: true });
    expect(await loadReview(organizationId, { ...none, circleId: built.ids.empty! }, 1)).toBeNull();
    // And the other organisation sees none of this one's accountabilities.
    expect(await loadReview(other.organizationId, none, "all")).toMatchObject({ circles: [], accountabilityCount: 0 });
  });
});

describe("loadReview pagination", () => {
  it("pages by circles, clamps past the end, and gives everything for the exports", async () => {
    const fx = await createOrgFixture(db);
    const count = REVIEW_CIRCLES_PER_PAGE + 3;
    const changes = Array.from({ length: count }, (_, i) => [
      { kind: "circle.create", ref: `c${i}`, parentId: fx.generalCircleId, circleKind: "group", name: `Cercle ${i + 1}` },
      { kind: "role.create", circleId: `ref:c${i}`, name: "Rôle", accountabilities: [`Tâche ${i + 1}`] },
    ]).flat();
    expect(await directEdit(db, fx, changes)).toMatchObject({ ok: true });

    const first = await loadReview(fx.organizationId, none, 1);
    expect(first).toMatchObject({ page: 1, pageCount: 2, circleCount: count, accountabilityCount: count });
    // Numeric collation: "Cercle 2" before "Cercle 10".
    expect(first?.circles.slice(0, 3).map((circle) => circle.name)).toEqual(["Cercle 1", "Cercle 2", "Cercle 3"]);
    expect(first?.circles).toHaveLength(REVIEW_CIRCLES_PER_PAGE);
    const last = await loadReview(fx.organizationId, none, 99);
    expect(last?.page).toBe(2);
    expect(last?.circles.map((circle) => circle.name)).toEqual([1, 2, 3].map((n) => `Cercle ${REVIEW_CIRCLES_PER_PAGE + n}`));
    expect((await loadReview(fx.organizationId, none, "all"))?.circles).toHaveLength(count);
  });
});

describe("loadReview kept per record version", () => {
  const versionOf = async (id: string) => (await db.organization.findUniqueOrThrow({ where: { id }, select: { recordVersion: true } })).recordVersion;

  it("counts again once the record changes, a member's removal included", async () => {
    const { fx, ids } = await build();
    const v1 = await versionOf(fx.organizationId);
    const before = await loadReview(fx.organizationId, none, 1, "fr", v1);
    expect(before?.accountabilityCount).toBe(7);
    // Written behind the record's back (no version bump): the kept counts do not see it...
    await db.accountability.updateMany({ where: { roleId: { in: [ids.com!, ids.menuiserie!] } }, data: { archivedAt: new Date() } });
    expect((await loadReview(fx.organizationId, none, 1, "fr", v1))?.accountabilityCount).toBe(7);
    // ...while a change through the record moves the version, and the counts follow.
    expect(await directEdit(db, fx, [{ kind: "accountability.add", roleId: ids.tresorerie, description: "Relancer les cotisations" }])).toMatchObject({ ok: true });
    const v2 = await versionOf(fx.organizationId);
    expect(v2).toBe(v1 + 1);
    expect((await loadReview(fx.organizationId, none, 1, "fr", v2))?.accountabilityCount).toBe(6);

    const mine = { circleId: null, q: null, memberId: fx.member.membershipId };
    expect((await loadReview(fx.organizationId, mine, 1, "fr", v2))?.accountabilityCount).toBe(4);
    const admin = {
      user: { id: fx.admin.userId, email: "", name: "", locale: "fr" },
      organization: { id: fx.organizationId, slug: "", name: "", governanceEditMode: "direct_edits_by_admins" as const, recordVersion: v2 },
      membership: { id: fx.admin.membershipId, permission: "admin" as const },
    };
    expect(await removeMember(admin, { membershipId: fx.member.membershipId })).toMatchObject({ ok: true });
    const v3 = await versionOf(fx.organizationId);
    expect(v3).toBe(v2 + 1);
    // The former member's roles lost their holder: the treasury keeps only the admin.
    const after = await loadReview(fx.organizationId, none, 1, "fr", v3);
    const tresorerie = after?.circles.flatMap((circle) => circle.roles).find((role) => role.id === ids.tresorerie);
    expect(tresorerie?.holders.map((holder) => holder.membershipId)).toEqual([fx.admin.membershipId]);
  });
});
