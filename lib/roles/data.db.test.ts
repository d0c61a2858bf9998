import { afterAll, describe, expect, it } from "vitest";
import { createOrgFixture, directEdit, refOf } from "@/lib/record/test-fixtures";
import { db } from "@/lib/server/db";
import { getRole, loadRolePage } from "./data";
import { HISTORY_PAGE_SIZE, roleHistory } from "./history";
import { keptRoles, listRoles, ROLES_PER_PAGE } from "./list";

afterAll(() => db.$disconnect());

async function setUp() {
  const fx = await createOrgFixture(db);
  const result = await directEdit(db, fx, [
    { kind: "circle.create", ref: "pole", parentId: fx.generalCircleId, circleKind: "pole", name: "Pôle Événements" },
    { kind: "role.create", ref: "role", circleId: "ref:pole", name: "Régie son", purpose: "Un son juste", accountabilities: ["Installer", "Régler"], domains: [{ name: "Console" }] },
    { kind: "assignment.add", roleId: "ref:role", membershipId: fx.member.membershipId, focus: "Concerts", termEndsOn: "2099-06-30" },
    { kind: "assignment.add", roleId: "ref:role", membershipId: fx.admin.membershipId },
  ]);
  return { fx, pole: refOf(result, "pole"), role: refOf(result, "role") };
}

describe("getRole", () => {
  it("returns purpose, ordered accountabilities, domains, holders and circle", async () => {
    const { fx, pole, role } = await setUp();
    const accountabilities = await db.accountability.findMany({ where: { roleId: role }, orderBy: { position: "asc" } });
    expect((await directEdit(db, fx, [{ kind: "accountability.reorder", roleId: role, accountabilityIds: [accountabilities[1]!.id, accountabilities[0]!.id] }])).ok).toBe(true);
    expect((await directEdit(db, fx, [{ kind: "accountability.remove", accountabilityId: accountabilities[0]!.id }, { kind: "accountability.add", roleId: role, description: "Ranger" }])).ok).toBe(true);
    const detail = await getRole(fx.organizationId, role);
    expect(detail).toMatchObject({ id: role, name: "Régie son", purpose: "Un son juste", coreRole: null, circle: { id: pole, name: "Pôle Événements" } });
    expect(detail?.accountabilities.map((a) => a.description)).toEqual(["Régler", "Ranger"]);
    expect(detail?.domains.map((d) => d.name)).toEqual(["Console"]);
    expect(detail?.holders.map((h) => [h.name, h.focus, h.termEndsOn?.toISOString().slice(0, 10) ?? null])).toEqual([
      ["Test member", "Concerts", "2099-06-30"],
      ["Test admin", null, null],
    ]);
  });

  it("is null for another organisation's role, an archived role or a malformed id", async () => {
    const { fx, role } = await setUp();
    const other = await createOrgFixture(db);
    expect(await getRole(other.organizationId, role)).toBeNull();
    expect(await getRole(fx.organizationId, "1; drop table")).toBeNull();
    expect((await directEdit(db, fx, [{ kind: "role.archive", roleId: role }])).ok).toBe(true);
    expect(await getRole(fx.organizationId, role)).toBeNull();
  });
});

describe("listRoles", () => {
  it("filters by circle and by name, ignoring case and accents", async () => {
    const { fx, pole, role } = await setUp();
    const all = await listRoles(fx.organizationId, { page: 1 });
    expect(all.total).toBe(5); // four core roles of the pole + Régie son
    const found = await listRoles(fx.organizationId, { page: 1, q: "  REGIE " });
    expect(found.roles).toEqual([
      { id: role, name: "Régie son", coreRole: null, circle: { id: pole, name: "Pôle Événements" }, holders: [
        { membershipId: fx.member.membershipId, name: "Test member" }, { membershipId: fx.admin.membershipId, name: "Test admin" },
      ] },
    ]);
    expect((await listRoles(fx.organizationId, { page: 1, q: "égie" })).total).toBe(1);
    expect((await listRoles(fx.organizationId, { page: 1, q: "%" })).total).toBe(0);
    expect((await listRoles(fx.organizationId, { page: 1, circleId: fx.generalCircleId })).total).toBe(0);
    expect((await listRoles(fx.organizationId, { page: 1, circleId: pole, q: "lien" })).roles.map((r) => r.name)).toEqual(["Premier lien", "Second lien"]);
    expect((await listRoles(fx.organizationId, { page: 1, circleId: "nope" })).total).toBe(0);
  });

  it("pages by name and hides archived roles and other organisations' roles", async () => {
    const { fx, pole, role } = await setUp();
    const names = Array.from({ length: ROLES_PER_PAGE }, (_, i) => `Rôle ${String(i).padStart(2, "0")}`);
    expect((await directEdit(db, fx, names.map((name) => ({ kind: "role.create", circleId: pole, name })))).ok).toBe(true);
    expect((await directEdit(db, fx, [{ kind: "role.archive", roleId: role }])).ok).toBe(true);
    const first = await listRoles(fx.organizationId, { page: 1 });
    expect(first).toMatchObject({ total: ROLES_PER_PAGE + 4, pageCount: 2, page: 1 });
    const second = await listRoles(fx.organizationId, { page: 7 });
    expect(second.page).toBe(2);
    const seen = [...first.roles, ...second.roles].map((r) => r.name);
    expect(seen).not.toContain("Régie son");
    expect(new Set(seen).size).toBe(ROLES_PER_PAGE + 4);
    expect(first.roles[0]?.name).toBe("Facilitation");
    const other = await createOrgFixture(db);
    expect((await listRoles(other.organizationId, { page: 1, circleId: pole })).total).toBe(0);
  });
});

describe("the roles list kept per record version", () => {
  it("keeps a circle's page until the record changes, and reads a text filter each time", async () => {
    const { fx, pole, role } = await setUp();
    const version = () => db.organization.findUniqueOrThrow({ where: { id: fx.organizationId }, select: { id: true, recordVersion: true } });
    const v1 = await version();
    const first = await keptRoles(v1, { page: 1, circleId: pole });
    expect(await keptRoles(v1, { page: 1, circleId: pole })).toBe(first);
    expect(await keptRoles(v1, { page: 1, circleId: pole, q: "régie" })).not.toBe(await keptRoles(v1, { page: 1, circleId: pole, q: "régie" }));
    expect((await directEdit(db, fx, [{ kind: "role.update", roleId: role, name: "Régie lumière" }])).ok).toBe(true);
    const names = (await keptRoles(await version(), { page: 1, circleId: pole })).roles.map((r) => r.name);
    expect(names).toContain("Régie lumière");
    expect(names).not.toContain("Régie son");
    expect(first.roles.map((r) => r.name)).toContain("Régie son");
  });
});

describe("a role's page kept per record version", () => {
  it("is read again once the record changes, its history included, and never for another organisation", async () => {
    const { fx, role } = await setUp();
    const version = async (id: string) => db.organization.findUniqueOrThrow({ where: { id }, select: { id: true, recordVersion: true } });
    const v1 = await version(fx.organizationId);
    const first = await loadRolePage(v1, role);
    expect(await loadRolePage(v1, role)).toBe(first);
    expect((await directEdit(db, fx, [{ kind: "accountability.add", roleId: role, description: "Ranger les câbles" }])).ok).toBe(true);
    const v2 = await version(fx.organizationId);
    const second = await loadRolePage(v2, role);
    expect(second.role?.accountabilities.map((a) => a.description)).toEqual(["Installer", "Régler", "Ranger les câbles"]);
    expect(second.history.items.length).toBe(first.history.items.length + 1);
    const other = await createOrgFixture(db);
    expect((await loadRolePage({ id: other.organizationId, recordVersion: v2.recordVersion }, role)).role).toBeNull();
  });
});

describe("roleHistory", () => {
  it("lists the role's changes and those of its parts, newest first, marked as direct edits", async () => {
    const { fx, role } = await setUp();
    expect((await directEdit(db, fx, [{ kind: "role.update", roleId: role, purpose: "Un son juste et fort" }])).ok).toBe(true);
    const { items, nextCursor } = await roleHistory(fx.organizationId, role);
    expect(nextCursor).toBeNull();
    expect(items[0]).toMatchObject({
      key: "role.updated", label: "Régie son", actorName: "Test admin", isDirectEdit: true, decisionId: null,
      fields: [{ field: "purpose", before: "Un son juste", after: "Un son juste et fort" }],
    });
    expect(items.map((e) => e.key).sort()).toEqual([
      "accountability.created", "accountability.created", "assignment.created", "assignment.created", "domain.created", "role.created", "role.updated",
    ].sort());
    expect(items.filter((e) => e.entity === "assignment").map((e) => e.member).sort()).toEqual(["Test admin", "Test member"]);
  });

  it("shows a domain moved between two roles in both histories, each from its side, and pages across both", async () => {
    const { fx, pole, role } = await setUp();
    const made = await directEdit(db, fx, [{ kind: "role.create", ref: "lumiere", circleId: pole, name: "Lumière" }]);
    const lumiere = refOf(made, "lumiere");
    const console_ = await db.domain.findFirstOrThrow({ where: { organizationId: fx.organizationId, roleId: role } });
    expect((await directEdit(db, fx, [{ kind: "domain.update", domainId: console_.id, roleId: lumiere }])).ok).toBe(true);
    const giver = await roleHistory(fx.organizationId, role);
    expect(giver.items[0]).toMatchObject({ key: "domain.movedAway", label: "Console", entity: "domain" });
    const receiver = await roleHistory(fx.organizationId, lumiere);
    expect(receiver.items[0]).toMatchObject({ key: "domain.moved", label: "Console" });
    expect(receiver.items.filter((e) => e.key === "domain.movedAway")).toEqual([]);
    // A page boundary falls between the role's own changes and the move: nothing lost, nothing twice.
    for (let i = 0; i < HISTORY_PAGE_SIZE - 1; i++) expect((await directEdit(db, fx, [{ kind: "role.update", roleId: role, purpose: `P${i}` }])).ok).toBe(true);
    const first = await roleHistory(fx.organizationId, role);
    const second = await roleHistory(fx.organizationId, role, first.nextCursor!);
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect(all.filter((e) => e.key === "domain.movedAway")).toHaveLength(1);
    expect(all).toHaveLength(HISTORY_PAGE_SIZE - 1 + 1 + 6);
    expect((await roleHistory((await createOrgFixture(db)).organizationId, role)).items).toEqual([]);
  });

  it("pages with a cursor and shows nothing to another organisation", async () => {
    const { fx, role } = await setUp();
    for (let i = 0; i < HISTORY_PAGE_SIZE; i++) {
      expect((await directEdit(db, fx, [{ kind: "role.update", roleId: role, purpose: `P${i}` }])).ok).toBe(true);
    }
    const first = await roleHistory(fx.organizationId, role);
    expect(first.items).toHaveLength(HISTORY_PAGE_SIZE);
    const second = await roleHistory(fx.organizationId, role, first.nextCursor!);
    expect(second.items.map((e) => e.key).sort()).toEqual(["accountability.created", "accountability.created", "assignment.created", "assignment.created", "domain.created", "role.created"].sort());
    expect(second.nextCursor).toBeNull();
    const other = await createOrgFixture(db);
    expect(await roleHistory(other.organizationId, role)).toEqual({ items: [], nextCursor: null });
  });
});
