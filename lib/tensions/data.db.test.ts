import { afterAll, describe, expect, it } from "vitest";
import { createTestOrganization } from "@/lib/organizations/testing/fixtures";
import { db } from "@/lib/server/db";
import { listComments } from "./comments";
import { getTension, listTensions, TENSIONS_PER_PAGE } from "./data";
import { parseFilters } from "./filters";
import { addComment, changeTensionStatus, createTension } from "./mutations";
import { listPlaces } from "./places";
import { createRole, createWorld, fieldsIn, type TensionWorld } from "./testing";

afterAll(() => db.$disconnect());

const reader = (context: { organization: { id: string }; user: { id: string } }) => ({ organizationId: context.organization.id, userId: context.user.id });

async function make(world: TensionWorld, who: TensionWorld["author"], title: string, overrides: Record<string, unknown> = {}, intent = "raise") {
  const result = await createTension(who, { ...fieldsIn(world, { title, ...overrides }), intent });
  if (!result.ok) throw new Error(`not created: ${result.reason}`);
  return result.tensionId;
}

const titles = async (world: TensionWorld, who: TensionWorld["author"], query: Record<string, string> = {}) =>
  (await listTensions(reader(who), parseFilters(query))).items.map((item) => item.title);

describe("listTensions", () => {
  it("lists newest first with what the list shows, counting comments but not status notes", async () => {
    const world = await createWorld();
    const first = await make(world, world.author, "Première");
    await make(world, world.other, "Seconde", { roleId: "", circleId: world.generalCircleId, kind: "governance" });
    await addComment(world.other, first, { body: "Oui" });
    await addComment(world.admin, first, { body: "D’accord" });
    await changeTensionStatus(world.author, first, { from: "open", to: "processing" });
    const list = await listTensions(reader(world.observer), parseFilters({}));
    expect(list.total).toBe(2);
    expect(list.items.map((item) => item.title)).toEqual(["Seconde", "Première"]);
    expect(list.items[1]).toMatchObject({
      circle: { id: world.circleId },
      role: { id: world.roleId },
      kind: "operational",
      status: "processing",
      authorName: world.author.user.name,
      commentCount: 2,
    });
    expect(list.items[0]).toMatchObject({ role: null, kind: "governance", status: "open", authorName: world.other.user.name, commentCount: 0 });
  });

  it("shows drafts to their author only, and only among theirs", async () => {
    const world = await createWorld();
    await make(world, world.author, "Publique");
    await make(world, world.author, "Mon brouillon", {}, "draft");
    await make(world, world.other, "Brouillon d’un autre", {}, "draft");
    expect(await titles(world, world.author)).toEqual(["Publique"]);
    expect(await titles(world, world.author, { mine: "1" })).toEqual(["Mon brouillon", "Publique"]);
    expect(await titles(world, world.author, { status: "draft" })).toEqual(["Mon brouillon"]);
    expect(await titles(world, world.admin, { status: "draft" })).toEqual([]);
    expect(await titles(world, world.admin, { mine: "1" })).toEqual([]);
  });

  it("filters by circle, status and kind together", async () => {
    const world = await createWorld();
    await make(world, world.author, "Vélo ouverte");
    const done = await make(world, world.author, "Vélo résolue");
    await changeTensionStatus(world.author, done, { from: "open", to: "resolved" });
    await make(world, world.other, "Générale", { circleId: world.generalCircleId, roleId: "", kind: "governance" });
    expect(await titles(world, world.other, { circle: world.circleId })).toEqual(["Vélo résolue", "Vélo ouverte"]);
    expect(await titles(world, world.other, { circle: world.circleId, status: "open" })).toEqual(["Vélo ouverte"]);
    expect(await titles(world, world.other, { kind: "governance" })).toEqual(["Générale"]);
    expect(await titles(world, world.other, { mine: "1" })).toEqual(["Générale"]);
    expect(await titles(world, world.other, { status: "dropped" })).toEqual([]);
  });

  it("pages by 25 without overlap, and shows the last page for a page past the end", async () => {
    const world = await createWorld();
    const organizationId = world.author.organization.id;
    const start = Date.UTC(2024, 0, 1);
    await db.tension.createMany({
      data: Array.from({ length: TENSIONS_PER_PAGE + 3 }, (_, index) => ({
        organizationId,
        circleId: world.circleId,
        authorId: world.author.user.id,
        title: `T${String(index).padStart(2, "0")}`,
        status: "open" as const,
        // Two by two at the same instant: the id must break the tie.
        createdAt: new Date(start + Math.floor(index / 2) * 1000),
      })),
    });
    const one = await listTensions(reader(world.other), parseFilters({}));
    const two = await listTensions(reader(world.other), parseFilters({ page: "2" }));
    expect(one).toMatchObject({ page: 1, pageCount: 2, total: TENSIONS_PER_PAGE + 3 });
    expect(one.items).toHaveLength(TENSIONS_PER_PAGE);
    expect(two.items).toHaveLength(3);
    const all = [...one.items, ...two.items].map((item) => item.id);
    expect(new Set(all).size).toBe(TENSIONS_PER_PAGE + 3);
    expect(one.items[0]!.title > one.items.at(-1)!.title).toBe(true);
    expect((await listTensions(reader(world.other), parseFilters({ page: "9" }))).page).toBe(2);
  });

  it("never shows another organisation's tensions, even filtered by its circle", async () => {
    const world = await createWorld();
    const id = await make(world, world.author, "Chez nous");
    const outsider = await createTestOrganization();
    expect(await titles(world, outsider)).toEqual([]);
    expect(await titles(world, outsider, { circle: world.circleId })).toEqual([]);
    expect(await getTension(reader(outsider), id)).toBeNull();
    expect(await getTension(reader(world.other), "not-a-uuid")).toBeNull();
  });
});

describe("listComments and listPlaces", () => {
  it("lists comments oldest first, status notes with the status they moved to", async () => {
    const world = await createWorld();
    const id = await make(world, world.author, "Avec échanges");
    await addComment(world.other, id, { body: "Première remarque" });
    await changeTensionStatus(world.author, id, { from: "open", to: "processing", note: "J’y travaille." });
    const page = await listComments(world.author.organization.id, id);
    expect(page.items).toMatchObject([
      { kind: "comment", body: "Première remarque", authorName: world.other.user.name, movedTo: null },
      { kind: "status_note", body: "J’y travaille.", authorName: world.author.user.name, movedTo: "processing" },
    ]);
    const outsider = await createTestOrganization();
    expect((await listComments(outsider.organization.id, id)).items).toEqual([]);
  });

  it("offers the active circles (general first) with their active roles", async () => {
    const world = await createWorld();
    const archived = await createRole(world.author.organization.id, world.circleId);
    await db.role.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const places = await listPlaces(world.author.organization.id);
    expect(places[0]).toMatchObject({ id: world.generalCircleId, isGeneral: true });
    const bike = places.find((place) => place.id === world.circleId);
    expect(bike?.roles.map((role) => role.id)).toEqual([world.roleId]);
  });
});
