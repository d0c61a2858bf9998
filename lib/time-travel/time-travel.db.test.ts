// The time-travel page's data at controlled instants (applyChanges' `now`), against PostgreSQL.
import { describe, expect, it } from "vitest";
import { applyChanges } from "@/lib/record/apply";
import { createOrgFixture, directEdit, refOf } from "@/lib/record/test-fixtures";
import { db } from "@/lib/server/db";
import { changesPage } from "./changes";
import { endOfDay, startOfDay } from "./dates";
import { keptChanges, keptTreeAt } from "./kept";
import { recordTreeAt } from "./tree";

const noon = (day: string) => new Date(`${day}T11:00:00.000Z`);

async function story() {
  const fx = await createOrgFixture(db, { createdAt: noon("2029-06-01") });
  const created = await directEdit(db, fx, [
    { kind: "circle.create", ref: "c", parentId: fx.generalCircleId, circleKind: "pole", name: "Com" },
    { kind: "circle.create", ref: "s", parentId: "ref:c", circleKind: "project", name: "Site" },
    { kind: "role.create", ref: "r", circleId: "ref:c", name: "Web", accountabilities: ["Publier", "Répondre"], domains: [{ name: "Blog" }] },
    { kind: "policy.add", circleId: "ref:c", title: "Charte" },
  ], noon("2030-01-10"));
  const circleId = refOf(created, "c");
  const roleId = refOf(created, "r");
  expect(await directEdit(db, fx, [{ kind: "role.update", roleId, name: "Webmestre", purpose: "Un site vivant" }], noon("2030-02-10"))).toMatchObject({ ok: true });
  expect(await directEdit(db, fx, [{ kind: "role.archive", roleId }], noon("2030-03-10"))).toMatchObject({ ok: true });
  return { fx, circleId, roleId, siteId: refOf(created, "s") };
}

describe("recordTreeAt", () => {
  it("shows the tree depth-first and the asked circle as it stood at the end of the day", async () => {
    const { fx, circleId, siteId, roleId } = await story();
    const tree = await recordTreeAt(db, fx.organizationId, endOfDay("2030-01-10"), circleId);
    expect(tree.circles.map((c) => [c.name, c.depth])).toEqual([["Cercle général", 0], ["Com", 1], ["Site", 2]]);
    expect(tree.circles[2]!.id).toBe(siteId);
    expect(tree.askedMissing).toBe(false);
    const web = tree.open!.roles.find((role) => role.id === roleId)!;
    expect(web).toMatchObject({ name: "Web", domains: [{ name: "Blog" }] });
    expect(web.accountabilities.map((a) => a.description)).toEqual(["Publier", "Répondre"]);
    expect(tree.open!.policies.map((p) => p.title)).toEqual(["Charte"]);
    expect(tree.open!.roles.map((role) => role.name)).toContain("Premier lien");
  });

  it("follows renames and archives from one day to the next", async () => {
    const { fx, circleId, roleId } = await story();
    const renamed = await recordTreeAt(db, fx.organizationId, endOfDay("2030-02-10"), circleId);
    expect(renamed.open!.roles.find((role) => role.id === roleId)).toMatchObject({ name: "Webmestre", purpose: "Un site vivant" });
    const dayBefore = await recordTreeAt(db, fx.organizationId, endOfDay("2030-02-09"), circleId);
    expect(dayBefore.open!.roles.find((role) => role.id === roleId)).toMatchObject({ name: "Web" });
    const archived = await recordTreeAt(db, fx.organizationId, endOfDay("2030-03-10"), circleId);
    expect(archived.open!.roles.map((role) => role.id)).not.toContain(roleId);
  });

  it("opens the general circle when the asked one did not exist yet, or belongs elsewhere", async () => {
    const { fx, circleId } = await story();
    const early = await recordTreeAt(db, fx.organizationId, endOfDay("2029-12-31"), circleId);
    expect(early).toMatchObject({ askedMissing: true, circles: [{ name: "Cercle général", depth: 0 }] });
    expect(early.open!.circle.id).toBe(fx.generalCircleId);
    const other = await createOrgFixture(db, { createdAt: noon("2029-06-01") });
    const foreign = await recordTreeAt(db, other.organizationId, endOfDay("2030-01-10"), circleId);
    expect(foreign.askedMissing).toBe(true);
    expect(foreign.circles.map((c) => c.id)).toEqual([other.generalCircleId]);
    expect(await recordTreeAt(db, fx.organizationId, endOfDay("2029-01-01"), null)).toEqual({ circles: [], open: null, askedMissing: false });
  });
});

describe("time travel kept per record version", () => {
  it("shows a day's record and a span's changes anew once the record changes, for its own organisation only", async () => {
    const { fx, circleId } = await story();
    const version = () => db.organization.findUniqueOrThrow({ where: { id: fx.organizationId }, select: { id: true, recordVersion: true } });
    const day = { day: "2030-04-10", instant: endOfDay("2030-04-10") };
    const span = { from: "2030-01-01", to: "2030-04-10", start: new Date(startOfDay("2030-01-01").getTime() - 1), end: endOfDay("2030-04-10"), cursor: null };
    const v1 = await version();
    const tree = await keptTreeAt(v1, day, circleId);
    const changes = await keptChanges(v1, span);
    expect(await keptTreeAt(v1, day, circleId)).toBe(tree);
    expect(await keptChanges(v1, span)).toBe(changes);

    // A change written with an earlier instant (an import of the past) moves the version: both are read again.
    expect(await directEdit(db, fx, [{ kind: "policy.add", circleId, title: "Relecture" }], noon("2030-04-01"))).toMatchObject({ ok: true });
    const v2 = await version();
    expect((await keptTreeAt(v2, day, circleId)).open?.policies.map((p) => p.title).sort()).toEqual(["Charte", "Relecture"]);
    expect((await keptChanges(v2, span)).items.length).toBe(changes.items.length + 1);

    const other = await createOrgFixture(db);
    const foreign = { id: other.organizationId, recordVersion: v2.recordVersion };
    expect((await keptChanges(foreign, span)).items).toEqual([]);
  });
});

describe("changesPage", () => {
  it("lists each change of the period with its fields, its author and its origin, newest first", async () => {
    const { fx, roleId } = await story();
    const { items } = await changesPage(db, fx.organizationId, startOfDay("2030-02-10"), endOfDay("2030-02-10"), null);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      entity: "role", entityId: roleId, change: "changed", label: "Webmestre", isDirectEdit: true, decisionId: null,
      actorName: "Test admin", occurredAt: noon("2030-02-10"),
      fields: [{ field: "name", before: "Web", after: "Webmestre" }, { field: "purpose", before: null, after: "Un site vivant" }],
    });
    const archive = await changesPage(db, fx.organizationId, startOfDay("2030-03-10"), endOfDay("2030-03-10"), null);
    expect(archive.items.find((item) => item.entityId === roleId)).toMatchObject({ change: "archived", label: "Webmestre" });
  });

  it("names the circles that ids point to, and pages with a cursor without overlap", async () => {
    const { fx, circleId } = await story();
    const policies = Array.from({ length: 15 }, (_, i) => ({ kind: "policy.add", circleId, title: `Règle ${i}` }));
    expect(await directEdit(db, fx, policies, new Date("2030-01-10T18:00:00.000Z"))).toMatchObject({ ok: true });
    const all: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await changesPage(db, fx.organizationId, startOfDay("2030-01-10"), endOfDay("2030-01-10"), cursor);
      all.push(...page.items.map((item) => item.id));
      const web = page.items.find((item) => item.entity === "role" && item.label === "Web");
      if (web) expect(web.fields).toContainEqual({ field: "circleId", before: null, after: "Com" });
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    // 17 rows from the story's first set, 15 policies: two pages of 25.
    expect(pages).toBe(2);
    expect(new Set(all).size).toBe(all.length);
    const total = await db.recordChange.count({ where: { organizationId: fx.organizationId, occurredAt: { gte: startOfDay("2030-01-10"), lte: endOfDay("2030-01-10") } } });
    expect(total).toBe(32);
    expect(all).toHaveLength(total);
  });

  it("links a change applied by a decision, and shows nothing of another organisation", async () => {
    const { fx } = await story();
    const other = await createOrgFixture(db);
    expect((await changesPage(db, other.organizationId, startOfDay("2030-01-01"), endOfDay("2030-12-31"), null)).items).toEqual([]);
    const decision = await createDecision(fx.organizationId, fx.generalCircleId, fx.admin.userId);
    expect(await applyChanges(db, {
      organizationId: fx.organizationId, actorUserId: fx.member.userId, decisionId: decision, isDirectEdit: false,
      changes: [{ kind: "policy.add", circleId: fx.generalCircleId, title: "Décidée" }], now: noon("2030-04-01"),
    })).toMatchObject({ ok: true });
    const { items } = await changesPage(db, fx.organizationId, startOfDay("2030-04-01"), endOfDay("2030-04-01"), null);
    expect(items).toMatchObject([{ entity: "policy", label: "Décidée", decisionId: decision, isDirectEdit: false, actorName: "Test member" }]);
  });
});

/** A minimal adopted decision, as the consent process leaves it (same as lib/record/apply.db.test.ts). */
async function createDecision(organizationId: string, circleId: string, authorId: string): Promise<string> {
  const proposal = await db.proposal.create({ data: { organizationId, circleId, authorId, status: "adopted" } });
  const version = await db.proposalVersion.create({ data: { organizationId, proposalId: proposal.id, number: 1, title: "Politique", authorId } });
  const decision = await db.decision.create({ data: { organizationId, proposalId: proposal.id, versionId: version.id, circleId, record: {} } });
  return decision.id;
}
