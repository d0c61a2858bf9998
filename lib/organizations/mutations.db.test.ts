import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { findMemberContext } from "./context";
import { listMyOrganizations, MAX_ORGANIZATIONS } from "./data";
import { createOrganization } from "./mutations";
import { createTestOrganization, createTestUser } from "./testing/fixtures";

afterAll(() => db.$disconnect());

describe("createOrganization", () => {
  it("creates the organisation, its admin, its general circle with settings, membership and event", async () => {
    const user = await createTestUser("fr");
    const unique = randomUUID().slice(0, 8);
    const result = await createOrganization({ userId: user.id, locale: "fr", name: `  Coopérative Éole ${unique} ` });
    expect(result).toEqual({ ok: true, organizationId: expect.any(String), slug: `cooperative-eole-${unique}` });
    if (!result.ok) return;
    const organizationId = result.organizationId;

    const organization = await db.organization.findUniqueOrThrow({ where: { id: organizationId } });
    expect(organization.name).toBe(`Coopérative Éole ${unique}`);
    const memberships = await db.membership.findMany({ where: { organizationId } });
    expect(memberships).toMatchObject([{ userId: user.id, permission: "admin", removedAt: null }]);

    const circles = await db.circle.findMany({ where: { organizationId }, include: { settings: true, members: true } });
    expect(circles).toHaveLength(1);
    expect(circles[0]).toMatchObject({ kind: "general", parentId: null, name: "Cercle général", purpose: "" });
    expect(circles[0]?.settings).toMatchObject({ preset: "holacracy", defaultDeadlineHours: 168 });
    expect(circles[0]?.members.map((m) => m.membershipId)).toEqual([memberships[0]?.id]);

    const roles = await db.role.findMany({ where: { organizationId }, orderBy: { coreRole: "asc" } });
    expect(roles.map((r) => [r.coreRole, r.name])).toEqual([
      ["lead_link", "Premier lien"],
      ["rep_link", "Second lien"],
      ["facilitator", "Facilitation"],
      ["secretary", "Secrétariat"],
    ]);
    // The set-up is in the record's history, so time travel starts on the first day.
    const history = await db.recordChange.findMany({ where: { organizationId }, select: { entity: true, action: true, isDirectEdit: true } });
    expect(history).toHaveLength(6);
    expect(history.every((h) => h.action === "created" && h.isDirectEdit)).toBe(true);

    const events = await db.event.findMany({ where: { organizationId } });
    expect(events).toMatchObject([{ kind: "organization.created", actorId: user.id, subjectId: organizationId }]);
  });

  it("names the general circle in the creator's language", async () => {
    const user = await createTestUser("en");
    const result = await createOrganization({ userId: user.id, locale: "en", name: `Commons ${randomUUID()}` });
    if (!result.ok) throw new Error(result.reason);
    const circle = await db.circle.findFirstOrThrow({ where: { organizationId: result.organizationId } });
    expect(circle.name).toBe("General circle");
  });

  it("adds a suffix when the slug is taken", async () => {
    const user = await createTestUser();
    const name = `Atelier ${randomUUID()}`;
    const first = await createOrganization({ userId: user.id, locale: "fr", name });
    const second = await createOrganization({ userId: user.id, locale: "fr", name });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.slug).toBe(`${first.slug}-2`);
  });

  it("gives distinct slugs to concurrent creations of the same name", async () => {
    const user = await createTestUser();
    const name = `Fabrique ${randomUUID()}`;
    const results = await Promise.all([1, 2, 3, 4].map(() => createOrganization({ userId: user.id, locale: "fr", name })));
    const slugs = results.map((r) => (r.ok ? r.slug : r.reason));
    expect(new Set(slugs).size).toBe(4);
    expect(results.every((r) => r.ok)).toBe(true);
    // Each creation is whole: one general circle per organisation, no orphan.
    const orgs = await db.organization.findMany({ where: { slug: { in: slugs } }, include: { circles: true, memberships: true } });
    expect(orgs.map((o) => [o.circles.length, o.memberships.length])).toEqual([[1, 1], [1, 1], [1, 1], [1, 1]]);
  });

  it("refuses a name that is too short or too long and creates nothing", async () => {
    const user = await createTestUser();
    expect(await createOrganization({ userId: user.id, locale: "fr", name: " a " })).toEqual({ ok: false, reason: "invalid" });
    expect(await createOrganization({ userId: user.id, locale: "fr", name: "x".repeat(101) })).toEqual({ ok: false, reason: "invalid" });
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("listMyOrganizations", () => {
  it("lists only my active memberships, with my permission", async () => {
    const me = await createTestUser();
    const mine = await createTestOrganization(me);
    const left = await createTestOrganization();
    await db.membership.create({
      data: { organizationId: left.organization.id, userId: me.id, permission: "observer", removedAt: new Date() },
    });
    await createTestOrganization();
    expect(await listMyOrganizations(me.id)).toEqual([
      { slug: mine.organization.slug, name: mine.organization.name, permission: "admin" },
    ]);
  });
});

describe("findMemberContext", () => {
  it("finds my membership by the organisation's slug, with my permission, and nothing elsewhere", async () => {
    const me = await createTestUser();
    const mine = await createTestOrganization(me);
    const second = await createTestOrganization();
    await db.membership.create({ data: { organizationId: second.organization.id, userId: me.id, permission: "observer" } });
    const notMine = await createTestOrganization();
    const user = { id: me.id, email: me.email, name: me.name, locale: "fr" };

    expect(await findMemberContext(user, mine.organization.slug)).toEqual({
      user,
      organization: { id: mine.organization.id, slug: mine.organization.slug, name: mine.organization.name, governanceEditMode: mine.organization.governanceEditMode, recordVersion: 0 },
      membership: { id: mine.membership.id, permission: "admin" },
    });
    expect((await findMemberContext(user, second.organization.slug))?.membership.permission).toBe("observer");
    expect(await findMemberContext(user, notMine.organization.slug)).toBeNull();
    expect(await findMemberContext(user, "nowhere")).toBeNull();
    // Both of mine, by name.
    const names = [mine.organization.name, second.organization.name].sort((a, b) => (a < b ? -1 : 1));
    expect((await listMyOrganizations(me.id)).map((o) => o.name)).toEqual(names);

    await db.membership.updateMany({ where: { organizationId: second.organization.id, userId: me.id }, data: { removedAt: new Date() } });
    expect(await findMemberContext(user, second.organization.slug)).toBeNull();
  });
});

describe("findMemberContext past the list's bound", () => {
  it("still finds a membership the header's list leaves out, and still refuses a removed one", async () => {
    const me = await createTestUser();
    const batch = randomUUID().slice(0, 8);
    // MAX_ORGANIZATIONS organisations that sort first by name, then the one asked for, last.
    const many = Array.from({ length: MAX_ORGANIZATIONS }, (_, i) => ({ id: randomUUID(), slug: `aaa-${batch}-${i}`, name: `Aaa ${batch} ${String(i).padStart(3, "0")}` }));
    await db.organization.createMany({ data: many });
    await db.membership.createMany({ data: many.map((o) => ({ organizationId: o.id, userId: me.id, permission: "member" as const })) });
    const last = await db.organization.create({ data: { slug: `zzz-${batch}`, name: `Zzz ${batch}` }, select: { id: true, slug: true } });
    const membership = await db.membership.create({ data: { organizationId: last.id, userId: me.id, permission: "observer" }, select: { id: true } });
    const user = { id: me.id, email: me.email, name: me.name, locale: "fr" };

    expect((await listMyOrganizations(me.id)).map((o) => o.slug)).not.toContain(last.slug);
    expect(await findMemberContext(user, last.slug)).toMatchObject({ organization: { id: last.id }, membership: { id: membership.id, permission: "observer" } });
    await db.membership.update({ where: { id: membership.id }, data: { removedAt: new Date() } });
    expect(await findMemberContext(user, last.slug)).toBeNull();
  });
});
