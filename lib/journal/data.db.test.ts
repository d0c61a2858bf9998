// The organisation's journal: newest first with a cursor, filtered by circle, sentences' values
// resolved; drafts of others left out; nothing of another organisation.
import { afterAll, describe, expect, it } from "vitest";
import { createDraft, createTension } from "@/lib/proposals/testing/fixtures";
import { createOrgFixture, directEdit, refOf } from "@/lib/record/test-fixtures";
import { db } from "@/lib/server/db";
import { journalPage } from "./data";

afterAll(() => db.$disconnect());

const page = (fx: { organizationId: string }, viewerUserId: string, extra: { circleId?: string; cursor?: string | null; pageSize?: number } = {}) =>
  journalPage({ organizationId: fx.organizationId, slug: "coop", viewerUserId, ...extra });

describe("journalPage", () => {
  it("pages the events newest first, and resolves actors, roles and links", async () => {
    const fx = await createOrgFixture(db);
    const made = await directEdit(db, fx, [{ kind: "role.create", ref: "r", circleId: fx.generalCircleId, name: "Trésorerie", accountabilities: ["Tenir les comptes"] }]);
    const roleId = refOf(made, "r");
    await directEdit(db, fx, [{ kind: "accountability.add", roleId, description: "Payer les factures" }]);
    const all = await page(fx, fx.member.userId, { pageSize: 100 });
    expect(all.items.length).toBeGreaterThanOrEqual(2);
    const times = all.items.map((e) => e.occurredAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const created = all.items.find((e) => e.kind === "record.role.created");
    expect(created).toMatchObject({ messageKey: "events.record.role.created", values: { name: "Trésorerie" }, href: `/o/coop/roles/${roleId}`, isDirectEdit: true });
    expect(created?.actorName).toBe("Test admin");
    const accountability = all.items.find((e) => e.kind === "record.accountability.added");
    expect(accountability?.values).toMatchObject({ role: "Trésorerie", description: "Payer les factures" });

    const first = await page(fx, fx.member.userId, { pageSize: 1 });
    expect(first.items).toHaveLength(1);
    const second = await page(fx, fx.member.userId, { pageSize: 1, cursor: first.nextCursor });
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    expect(second.items[0]?.occurredAt.getTime()).toBeLessThanOrEqual(first.items[0]!.occurredAt.getTime());
  });

  it("filters by circle", async () => {
    const fx = await createOrgFixture(db);
    const made = await directEdit(db, fx, [{ kind: "circle.create", ref: "c", parentId: fx.generalCircleId, circleKind: "pole", name: "Pôle accueil" }]);
    const circleId = refOf(made, "c");
    await directEdit(db, fx, [{ kind: "role.create", circleId, name: "Accueil" }]);
    await directEdit(db, fx, [{ kind: "role.create", circleId: fx.generalCircleId, name: "Ailleurs" }]);
    const filtered = await page(fx, fx.member.userId, { circleId, pageSize: 100 });
    expect(filtered.items.map((e) => e.values.name)).toContain("Accueil");
    expect(filtered.items.map((e) => e.values.name)).not.toContain("Ailleurs");
  });

  it("shows the events of a draft to its author only, and everyone's once published", async () => {
    const fx = await createOrgFixture(db);
    const draftTension = await createTension(db, fx, fx.admin, { status: "draft" });
    await db.event.create({ data: { organizationId: fx.organizationId, actorId: fx.admin.userId, kind: "tension.drafted", subjectId: draftTension.id } });
    const { proposalId } = await createDraft(db, fx, fx.admin);
    const kindsSeenBy = async (userId: string) => (await page(fx, userId, { pageSize: 100 })).items.map((e) => e.kind);

    expect(await kindsSeenBy(fx.admin.userId)).toEqual(expect.arrayContaining(["tension.drafted", "proposal.drafted"]));
    const others = await kindsSeenBy(fx.member.userId);
    expect(others).not.toContain("tension.drafted");
    expect(others).not.toContain("proposal.drafted");

    await db.proposal.update({ where: { id: proposalId }, data: { status: "in_process" } });
    await db.tension.update({ where: { id: draftTension.id }, data: { status: "open" } });
    const afterPublishing = await page(fx, fx.member.userId, { pageSize: 100 });
    expect(afterPublishing.items.map((e) => e.kind)).toEqual(expect.arrayContaining(["tension.drafted", "proposal.drafted"]));
    expect(afterPublishing.items.find((e) => e.kind === "proposal.drafted")?.values.title).toBe("Suivre la trésorerie");
  });

  it("never shows another organisation's events, even filtered by its circle", async () => {
    const fx = await createOrgFixture(db);
    const otherFx = await createOrgFixture(db);
    await directEdit(db, otherFx, [{ kind: "role.create", circleId: otherFx.generalCircleId, name: "Secret" }]);
    const all = await page(fx, fx.member.userId, { pageSize: 100 });
    const foreignCircle = await page(fx, fx.member.userId, { circleId: otherFx.generalCircleId, pageSize: 100 });
    expect(all.items.map((e) => e.values.name)).not.toContain("Secret");
    expect(foreignCircle.items).toEqual([]);
  });
});
