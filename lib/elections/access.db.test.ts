import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { electionRoles } from "./data";
import { addElectionItem, nominate, openNominations, proposeNominee } from "./mutations";
import { as, createElectionFixture, detailsOf, electionUnderWay, scheduleFor } from "./testing/fixtures";

afterAll(() => db.$disconnect());

describe("who may take part in an election", () => {
  it("refuses a non-participant and an observer, and a nominee who is an observer or another organisation's member", async () => {
    const c = await createElectionFixture(db);
    const { meetingId, itemId } = await electionUnderWay(db, c);
    await openNominations(db, as(c.facilitator), meetingId, itemId);
    const input = { nomineeMembershipId: c.member.membershipId, reason: "Pourquoi pas" };
    expect(await nominate(db, as(c.outsider), meetingId, itemId, input)).toEqual({ ok: false, reason: "forbidden" });
    expect(await nominate(db, as(c.observer), meetingId, itemId, input)).toEqual({ ok: false, reason: "forbidden" });
    expect(await nominate(db, as(c.member), meetingId, itemId, { ...input, nomineeMembershipId: c.observer.membershipId }))
      .toMatchObject({ ok: false, fieldErrors: { nomineeMembershipId: "elections.errors.nomineeInvalid" } });
    const other = await createElectionFixture(db);
    expect(await nominate(db, as(c.member), meetingId, itemId, { ...input, nomineeMembershipId: other.member.membershipId }))
      .toMatchObject({ ok: false, fieldErrors: { nomineeMembershipId: "elections.errors.nomineeInvalid" } });
    expect((await detailsOf(db, itemId)).nominations).toEqual([]);
  });

  it("refuses another organisation's item or meeting like an unknown one", async () => {
    const c = await createElectionFixture(db);
    const mine = await electionUnderWay(db, c);
    const other = await createElectionFixture(db);
    const theirs = await electionUnderWay(db, other);
    await openNominations(db, as(other.facilitator), theirs.meetingId, theirs.itemId);
    const input = { nomineeMembershipId: c.member.membershipId, reason: "Essai" };
    expect(await nominate(db, as(c.member), mine.meetingId, theirs.itemId, input)).toEqual({ ok: false, reason: "not_found" });
    expect(await nominate(db, as(c.member), theirs.meetingId, theirs.itemId, input)).toEqual({ ok: false, reason: "not_found" });
    expect(await openNominations(db, as(c.facilitator), mine.meetingId, theirs.itemId)).toEqual({ ok: false, reason: "not_found" });
    expect(await proposeNominee(db, as(c.facilitator), mine.meetingId, "not-a-uuid", { nomineeMembershipId: c.member.membershipId })).toEqual({ ok: false, reason: "not_found" });
    expect(await nominate(db, as(c.member), mine.meetingId, "00000000-0000-4000-8000-000000000000", input)).toEqual({ ok: false, reason: "not_found" });
    expect((await detailsOf(db, theirs.itemId)).nominations).toEqual([]);
  });

  it("adds an election for an elected role only, with a future term, once per meeting", async () => {
    const c = await createElectionFixture(db);
    const meetingId = await scheduleFor(db, c, new Date(Date.now() + 86400_000));
    const lead = await db.role.create({ data: { organizationId: c.fx.organizationId, circleId: c.circleId, coreRole: "lead_link", name: "Premier lien" } });
    const count = () => db.agendaItem.count({ where: { meetingId, kind: "election" } });
    const before = await count();
    expect(await addElectionItem(db, as(c.member), meetingId, { roleId: lead.id, termEndsOn: "", criteria: "" })).toMatchObject({ ok: false, fieldErrors: { roleId: "elections.errors.roleInvalid" } });
    expect(await addElectionItem(db, as(c.member), meetingId, { roleId: c.secretaryRoleId, termEndsOn: "2001-01-01", criteria: "" })).toMatchObject({ ok: false, fieldErrors: { termEndsOn: "elections.errors.termInPast" } });
    expect(await addElectionItem(db, as(c.member), meetingId, { roleId: c.secretaryRoleId, termEndsOn: "", criteria: "x".repeat(2001) })).toMatchObject({ ok: false, fieldErrors: { criteria: "elections.errors.tooLong" } });
    const other = await createElectionFixture(db);
    expect(await addElectionItem(db, as(c.member), meetingId, { roleId: other.secretaryRoleId, termEndsOn: "", criteria: "" })).toMatchObject({ ok: false, fieldErrors: { roleId: "elections.errors.roleInvalid" } });
    expect(await addElectionItem(db, as(c.outsider), meetingId, { roleId: c.secretaryRoleId, termEndsOn: "", criteria: "" })).toEqual({ ok: false, reason: "forbidden" });
    expect(await count()).toBe(before);
    expect(await addElectionItem(db, as(c.member), meetingId, { roleId: c.roleId, termEndsOn: "", criteria: "Compter juste" })).toEqual({ ok: true });
    expect(await addElectionItem(db, as(c.member), meetingId, { roleId: c.roleId, termEndsOn: "", criteria: "" })).toMatchObject({ ok: false, fieldErrors: { roleId: "elections.errors.alreadyOnAgenda" } });
    const item = await db.agendaItem.findFirstOrThrow({ where: { meetingId, kind: "election" }, orderBy: { position: "desc" } });
    expect(item).toMatchObject({ title: "Trésorerie", details: { roleId: c.roleId, phase: "setup", termEndsOn: null, criteria: "Compter juste", nominations: [], endingAssignmentId: null } });
  });

  it("offers the active elected roles, a shared name told apart by its circle", async () => {
    const c = await createElectionFixture(db);
    const org = c.fx.organizationId;
    await db.role.create({ data: { organizationId: org, circleId: c.circleId, coreRole: "lead_link", name: "Premier lien" } });
    await db.role.create({ data: { organizationId: org, circleId: c.circleId, name: "Archivé", archivedAt: new Date() } });
    const pole = await db.circle.create({ data: { organizationId: org, kind: "pole", name: "Pôle Accueil", parentId: c.circleId } });
    await db.role.create({ data: { organizationId: org, circleId: pole.id, coreRole: "secretary", name: "Secrétariat" } });
    const names = (await electionRoles(org)).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(["Trésorerie", "Secrétariat (Cercle général)", "Secrétariat (Pôle Accueil)"]));
    expect(names.some((n) => n.startsWith("Premier lien") || n.startsWith("Archivé"))).toBe(false);
  });
});
