import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { JOBS } from "@/lib/jobs/queues";
import { raiseTermElections } from "./terms";
import { createElectionFixture, scheduleFor } from "./testing/fixtures";

afterAll(() => db.$disconnect());

const DAY = 86400_000;
const day = (d: Date) => new Date(`${d.toISOString().slice(0, 10)}T00:00:00.000Z`);
const elections = (meetingId: string) => db.agendaItem.findMany({ where: { meetingId, kind: "election" }, orderBy: { position: "asc" } });

describe("a term ending raises an election", () => {
  it("adds the election to the first meeting already scheduled after the term's end, once", async () => {
    const c = await createElectionFixture(db);
    const now = new Date();
    // Both meetings are scheduled while the secretary's term has no end yet: no election on their agenda.
    const first = await scheduleFor(db, c, new Date(now.getTime() + 10 * DAY), now);
    const second = await scheduleFor(db, c, new Date(now.getTime() + 20 * DAY), now);
    const early = await scheduleFor(db, c, new Date(now.getTime() + 2 * DAY), now);
    expect(await elections(first)).toEqual([]);
    await db.roleAssignment.update({ where: { id: c.secretaryAssignmentId }, data: { termEndsOn: day(new Date(now.getTime() + 5 * DAY)) } });
    // A lead link's term raises nothing: that role is appointed, not elected.
    const lead = await db.role.create({ data: { organizationId: c.fx.organizationId, circleId: c.circleId, coreRole: "lead_link", name: "Premier lien" } });
    await db.roleAssignment.create({ data: { organizationId: c.fx.organizationId, roleId: lead.id, membershipId: c.member.membershipId, termEndsOn: day(new Date(now.getTime() + 3 * DAY)) } });

    const before = await db.meetingEvent.count({ where: { meetingId: first } });
    expect(await raiseTermElections(db, now)).toBeGreaterThanOrEqual(1);
    const raised = await elections(first);
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ title: "Secrétariat", details: { roleId: c.secretaryRoleId, endingAssignmentId: c.secretaryAssignmentId, phase: "setup", nominations: [] } });
    expect(raised[0]?.position).toBe(await db.agendaItem.count({ where: { meetingId: first } }) - 1);
    expect(await db.meetingEvent.count({ where: { meetingId: first } })).toBe(before + 1);
    expect(await elections(early)).toEqual([]);
    expect(await elections(second)).toEqual([]);

    await raiseTermElections(db, now);
    expect(await elections(first)).toHaveLength(1);
    expect(await elections(second)).toEqual([]);
  });

  it("skips a role whose election already waits in a meeting, and meetings of other circles", async () => {
    const c = await createElectionFixture(db);
    const now = new Date();
    await db.roleAssignment.update({ where: { id: c.secretaryAssignmentId }, data: { termEndsOn: day(new Date(now.getTime() + DAY)) } });
    const lead = await db.role.create({ data: { organizationId: c.fx.organizationId, circleId: c.circleId, coreRole: "lead_link", name: "Premier lien" } });
    await db.roleAssignment.create({ data: { organizationId: c.fx.organizationId, roleId: lead.id, membershipId: c.member.membershipId, termEndsOn: day(now) } });
    // Scheduled after the term's end: the pre-fill already put the election on its agenda (not the lead link's).
    const meetingId = await scheduleFor(db, c, new Date(now.getTime() + 3 * DAY), now);
    expect((await elections(meetingId)).map((i) => (i.details as { roleId: string }).roleId)).toEqual([c.secretaryRoleId]);
    const pole = await db.circle.create({ data: { organizationId: c.fx.organizationId, kind: "pole", name: "Pôle", parentId: c.circleId } });
    const role = await db.role.create({ data: { organizationId: c.fx.organizationId, circleId: pole.id, name: "Communication" } });
    await db.roleAssignment.create({ data: { organizationId: c.fx.organizationId, roleId: role.id, membershipId: c.member.membershipId, termEndsOn: day(now) } });
    await raiseTermElections(db, now);
    expect(await elections(meetingId)).toHaveLength(1);
    expect(await db.agendaItem.count({ where: { kind: "election", details: { path: ["roleId"], equals: role.id } } })).toBe(0);
  });

  it("runs as a scheduled job", () => {
    expect(JOBS.find((job) => job.name === "elections.raise-terms")?.core).toBe(raiseTermElections);
  });
});
