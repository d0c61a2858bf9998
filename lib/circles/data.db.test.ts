import { afterAll, describe, expect, it } from "vitest";
import { createOrgFixture, directEdit, refOf } from "@/lib/record/test-fixtures";
import { db } from "@/lib/server/db";
import { listCircleDomains, listCirclePolicies, listCircleRoles, loadCircleContent } from "./content";
import { updateName } from "@/lib/auth/account-mutations";
import { getCircle, getCircleTree, listMapRoles } from "./data";
import { flattenTree } from "./tree";
import { circleJournal, JOURNAL_PAGE_SIZE } from "./journal";
import { CIRCLE_MEMBERS_PER_PAGE, listCircleMembers } from "./members";

afterAll(() => db.$disconnect());

const versionOf = (id: string) => db.organization.findUniqueOrThrow({ where: { id }, select: { id: true, recordVersion: true } });

/** An organisation with a pole (its core roles, one ordinary role with a holder), an archived project and a sub-group. */
async function setUp() {
  const fx = await createOrgFixture(db);
  const result = await directEdit(db, fx, [
    { kind: "circle.create", ref: "pole", parentId: fx.generalCircleId, circleKind: "pole", name: "Pôle Atelier", purpose: "Faire tourner l’atelier" },
    { kind: "circle.create", ref: "old", parentId: fx.generalCircleId, circleKind: "project", name: "Ancien projet" },
    { kind: "circle.create", ref: "group", parentId: "ref:pole", circleKind: "group", name: "Groupe outils" },
    { kind: "role.create", ref: "treso", circleId: "ref:pole", name: "Trésorerie", accountabilities: ["Tenir les comptes"] },
    { kind: "role.create", ref: "gone", circleId: "ref:pole", name: "Rôle archivé" },
    { kind: "assignment.add", roleId: "ref:treso", membershipId: fx.member.membershipId, focus: "Subventions" },
    { kind: "domain.add", circleId: "ref:pole", roleId: "ref:treso", name: "Compte bancaire" },
    { kind: "domain.add", circleId: "ref:pole", name: "Local" },
    { kind: "policy.add", circleId: "ref:pole", title: "Achats", body: "Au-delà de **500 €**, demander." },
  ]);
  const ids = { pole: refOf(result, "pole"), old: refOf(result, "old"), group: refOf(result, "group"), treso: refOf(result, "treso"), gone: refOf(result, "gone") };
  const archived = await directEdit(db, fx, [{ kind: "circle.archive", circleId: ids.old }, { kind: "role.archive", roleId: ids.gone }]);
  expect(archived.ok).toBe(true);
  return { fx, ...ids };
}

describe("circle tree and map", () => {
  it("nests the active circles with their number of active roles", async () => {
    const { fx, pole, group } = await setUp();
    const tree = await getCircleTree(await versionOf(fx.organizationId));
    expect(tree.root?.id).toBe(fx.generalCircleId);
    expect(tree.root?.children.map((c) => c.id)).toEqual([pole]);
    // Four core roles + Trésorerie; the archived role is not counted.
    expect(tree.byId.get(pole)).toMatchObject({ name: "Pôle Atelier", kind: "pole", roleCount: 5, depth: 1 });
    expect(tree.byId.get(pole)?.children.map((c) => c.id)).toEqual([group]);
    expect(tree.byId.size).toBe(3);
  });

  it("lists a circle's active roles for the map, core roles first", async () => {
    const { fx, pole } = await setUp();
    const names = (await listMapRoles(fx.organizationId, pole)).map((r) => r.name);
    expect(names).toEqual(["Premier lien", "Second lien", "Facilitation", "Secrétariat", "Trésorerie"]);
  });
});

describe("the circle tree kept per record version", () => {
  it("is read again once the record changes, keeps each version's own, and never mixes organisations", async () => {
    const { fx, pole } = await setUp();
    const before = await versionOf(fx.organizationId);
    const first = await getCircleTree(before);
    expect(await getCircleTree(before)).toBe(first);

    const added = await directEdit(db, fx, [{ kind: "circle.create", ref: "new", parentId: pole, circleKind: "project", name: "Nouveau projet" }]);
    const after = await versionOf(fx.organizationId);
    expect(after.recordVersion).toBe(before.recordVersion + 1);
    expect((await getCircleTree(after)).byId.get(refOf(added, "new"))).toMatchObject({ name: "Nouveau projet", parentId: pole });
    expect(first.byId.has(refOf(added, "new"))).toBe(false);

    // A refused set changes nothing, the version included.
    const refused = await directEdit(db, fx, [{ kind: "circle.create", parentId: pole, circleKind: "project", name: "Nouveau projet" }]);
    expect(refused.ok).toBe(false);
    expect((await versionOf(fx.organizationId)).recordVersion).toBe(after.recordVersion);

    const other = await createOrgFixture(db);
    const otherTree = await getCircleTree(await versionOf(other.organizationId));
    expect(flattenTree(otherTree).map((n) => n.id)).toEqual([other.generalCircleId]);
  });
});

describe("a circle's content kept per record version", () => {
  it("is read again after a change to the record and after a holder's rename, never across organisations", async () => {
    const { fx, pole, treso } = await setUp();
    const v1 = await versionOf(fx.organizationId);
    const first = await loadCircleContent(v1, pole);
    expect(await loadCircleContent(v1, pole)).toBe(first);
    expect(first.policies.map((p) => p.title)).toEqual(["Achats"]);

    await directEdit(db, fx, [{ kind: "policy.add", circleId: pole, title: "Clés", body: "Au secrétariat." }]);
    const v2 = await versionOf(fx.organizationId);
    expect(v2.recordVersion).toBe(v1.recordVersion + 1);
    expect((await loadCircleContent(v2, pole)).policies.map((p) => p.title)).toEqual(["Achats", "Clés"]);

    // The holder's name is part of what is kept: renaming them moves the version of their organisations.
    expect(await updateName(fx.member.userId, "Camille Renommée")).toEqual({ ok: true });
    const v3 = await versionOf(fx.organizationId);
    expect(v3.recordVersion).toBe(v2.recordVersion + 1);
    const holders = (await loadCircleContent(v3, pole)).roles.others.find((r) => r.id === treso)?.holders.map((h) => h.name);
    expect(holders).toEqual(["Camille Renommée"]);

    // Another organisation, even at the same version number, never gets this circle.
    const other = await createOrgFixture(db);
    expect((await loadCircleContent({ id: other.organizationId, recordVersion: v3.recordVersion }, pole)).circle).toBeNull();
  });
});

describe("getCircle", () => {
  it("returns the circle, its parent and its active sub-circles", async () => {
    const { fx, pole, group } = await setUp();
    expect(await getCircle(fx.organizationId, pole)).toEqual({
      id: pole, name: "Pôle Atelier", kind: "pole", purpose: "Faire tourner l’atelier",
      parent: { id: fx.generalCircleId, name: "Cercle général", kind: "general" },
      children: [{ id: group, name: "Groupe outils", kind: "group" }],
    });
  });

  it("is null for another organisation's circle, an archived circle or a malformed id", async () => {
    const { fx, pole, old } = await setUp();
    const other = await createOrgFixture(db);
    expect(await getCircle(other.organizationId, pole)).toBeNull();
    expect(await getCircle(fx.organizationId, old)).toBeNull();
    expect(await getCircle(fx.organizationId, "not-a-uuid")).toBeNull();
  });
});

describe("circle content", () => {
  it("lists core roles in order, then the others, with their current holders", async () => {
    const { fx, pole, treso } = await setUp();
    const { core, others } = await listCircleRoles(fx.organizationId, pole);
    expect(core.map((r) => r.coreRole)).toEqual(["lead_link", "rep_link", "facilitator", "secretary"]);
    expect(others).toEqual([
      { id: treso, name: "Trésorerie", coreRole: null, holders: [expect.objectContaining({ membershipId: fx.member.membershipId, name: "Test member", focus: "Subventions", termEndsOn: null })] },
    ]);
    const assignment = others[0]!.holders[0]!.assignmentId;
    expect((await directEdit(db, fx, [{ kind: "assignment.remove", assignmentId: assignment }])).ok).toBe(true);
    expect((await listCircleRoles(fx.organizationId, pole)).others[0]?.holders).toEqual([]);
  });

  it("lists domains with their holding role, and policies", async () => {
    const { fx, pole, treso } = await setUp();
    expect(await listCircleDomains(fx.organizationId, pole)).toEqual([
      { id: expect.any(String), name: "Compte bancaire", description: "", role: { id: treso, name: "Trésorerie" } },
      { id: expect.any(String), name: "Local", description: "", role: null },
    ]);
    expect(await listCirclePolicies(fx.organizationId, pole)).toEqual([{ id: expect.any(String), title: "Achats", body: "Au-delà de **500 €**, demander." }]);
    const other = await createOrgFixture(db);
    expect(await listCircleDomains(other.organizationId, pole)).toEqual([]);
    expect(await listCircleRoles(other.organizationId, pole)).toEqual({ core: [], others: [] });
    // A malformed id (from a URL) finds nothing rather than failing the query.
    expect(await listCircleRoles(fx.organizationId, "nope")).toEqual({ core: [], others: [] });
    expect(await listCircleDomains(fx.organizationId, "nope")).toEqual([]);
    expect(await listCirclePolicies(fx.organizationId, "nope")).toEqual([]);
    expect(await listCircleMembers(fx.organizationId, "nope", 1)).toMatchObject({ total: 0 });
    expect(await circleJournal(fx.organizationId, "nope")).toEqual({ items: [], nextCursor: null });
  });
});

describe("listCircleMembers", () => {
  it("pages the circle's current members by name", async () => {
    const { fx } = await setUp();
    const extra = CIRCLE_MEMBERS_PER_PAGE + 1;
    const users = await db.user.createManyAndReturn({
      data: Array.from({ length: extra }, (_, i) => ({ email: `cm-${fx.organizationId}-${i}@test.invalid`, name: `Membre ${String(i).padStart(3, "0")}` })),
    });
    const memberships = await db.membership.createManyAndReturn({ data: users.map((u) => ({ organizationId: fx.organizationId, userId: u.id })) });
    await db.circleMembership.createMany({ data: memberships.map((m) => ({ organizationId: fx.organizationId, circleId: fx.generalCircleId, membershipId: m.id })) });
    await db.circleMembership.create({ data: { organizationId: fx.organizationId, circleId: fx.generalCircleId, membershipId: fx.former.membershipId } });

    const first = await listCircleMembers(fx.organizationId, fx.generalCircleId, 1);
    expect(first).toMatchObject({ total: extra, page: 1, pageCount: 2 });
    expect(first.members[0]?.name).toBe("Membre 000");
    const last = await listCircleMembers(fx.organizationId, fx.generalCircleId, 99);
    expect(last.page).toBe(2);
    expect(last.members.map((m) => m.name)).toEqual([`Membre ${String(extra - 1).padStart(3, "0")}`]);
    // The former member (removedAt set) is left out of the total; another organisation sees no one.
    const other = await createOrgFixture(db);
    expect(await listCircleMembers(other.organizationId, fx.generalCircleId, 1)).toMatchObject({ total: 0, members: [] });
  });
});

describe("circleJournal", () => {
  it("pages the circle's events newest first, with names resolved", async () => {
    const { fx, pole, treso } = await setUp();
    // Every page, following the cursors: the whole journal, newest first.
    const all = async () => {
      const items = [];
      for (let cursor: string | undefined, guard = 0; guard < 50; guard++) {
        const page = await circleJournal(fx.organizationId, pole, cursor);
        expect(page.items.length).toBeLessThanOrEqual(JOURNAL_PAGE_SIZE);
        items.push(...page.items);
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return items;
    };
    const first = await all();
    // The newest event first; the sub-group's creation belongs to the sub-group's journal.
    const kinds = first.map((e) => e.kind);
    expect(kinds[0]).toBe("record.role.archived");
    expect(kinds).not.toContain("record.circle.archived");
    const assignment = first.find((e) => e.kind === "record.assignment.added");
    expect(assignment).toMatchObject({ actorName: "Test admin", isDirectEdit: true, decisionId: null, values: { role: "Trésorerie", member: "Test member" } });

    for (let i = 0; i < JOURNAL_PAGE_SIZE; i++) {
      expect((await directEdit(db, fx, [{ kind: "role.update", roleId: treso, purpose: `Version ${i}` }])).ok).toBe(true);
    }
    // A full first page of the newest edits, then, page after page, the journal as it was.
    const page1 = await circleJournal(fx.organizationId, pole);
    expect(page1.items).toHaveLength(JOURNAL_PAGE_SIZE);
    expect(page1.items.every((e) => e.kind === "record.role.updated")).toBe(true);
    expect(page1.nextCursor).not.toBeNull();
    const everything = await all();
    expect(everything.slice(JOURNAL_PAGE_SIZE).map((e) => e.kind)).toEqual(kinds);
    expect(new Set(everything.map((e) => e.id)).size).toBe(everything.length);
    for (let i = 1; i < everything.length; i++) expect(everything[i]!.occurredAt.getTime()).toBeLessThanOrEqual(everything[i - 1]!.occurredAt.getTime());
  });

  it("shows nothing of a circle of another organisation", async () => {
    const { pole } = await setUp();
    const other = await createOrgFixture(db);
    expect(await circleJournal(other.organizationId, pole)).toEqual({ items: [], nextCursor: null });
  });
});
