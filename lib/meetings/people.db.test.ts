import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createConsentFixture, person } from "@/lib/rounds/testing/fixtures";
import { startMeeting } from "./live";
import { peopleChoices } from "./data";
import { editMeetingPeople } from "./people";
import { asActor, scheduled } from "./testing/meeting";

afterAll(() => db.$disconnect());

const participantsOf = async (meetingId: string) => (await db.meetingParticipant.findMany({ where: { meetingId }, select: { userId: true } })).map((p) => p.userId).sort();
const rolesOf = (meetingId: string) => db.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { facilitatorId: true, secretaryId: true } });
const invitedNotifications = (meetingId: string) =>
  db.notification.findMany({ where: { kind: "meeting.invited", data: { path: ["meetingId"], equals: meetingId } }, select: { membership: { select: { userId: true } } } });

describe("changing the people of a scheduled meeting", () => {
  it("invites newcomers, makes the chosen secretary a participant, and invites only those not yet invited", async () => {
    const c = await createConsentFixture(db);
    const meetingId = await scheduled(db, c.admin, { circleIds: [c.circleId], facilitator: c.facilitator });
    const before = await participantsOf(meetingId);
    const invitedBefore = (await invitedNotifications(meetingId)).length;
    expect(await editMeetingPeople(db, asActor(c.admin), meetingId, {
      inviteeIds: [c.outsider.membershipId, c.facilitator.membershipId], facilitatorId: c.facilitator.membershipId, secretaryId: c.member.membershipId,
    })).toEqual({ ok: true });
    expect(await participantsOf(meetingId)).toEqual([...new Set([...before, c.outsider.userId, c.member.userId])].sort());
    expect(await rolesOf(meetingId)).toEqual({ facilitatorId: c.facilitator.userId, secretaryId: c.member.userId });
    const told = (await invitedNotifications(meetingId)).map((n) => n.membership.userId);
    expect(told.length - invitedBefore).toBe([c.outsider.userId, c.member.userId].filter((id) => !before.includes(id)).length);
    expect(told).toContain(c.outsider.userId);
    expect(await db.event.count({ where: { subjectId: meetingId, kind: "meeting.changed", actorId: c.admin.userId } })).toBe(1);

    // The same again changes nothing and tells no one, live screens included.
    const signalled = await db.meetingEvent.count({ where: { meetingId } });
    expect(await editMeetingPeople(db, asActor(c.admin), meetingId, {
      inviteeIds: [c.outsider.membershipId], facilitatorId: c.facilitator.membershipId, secretaryId: c.member.membershipId,
    })).toEqual({ ok: true });
    expect((await invitedNotifications(meetingId)).length).toBe(told.length);
    expect(await db.event.count({ where: { subjectId: meetingId, kind: "meeting.changed" } })).toBe(1);
    expect(await db.meetingEvent.count({ where: { meetingId } })).toBe(signalled);
  });

  it("refuses observers, removed members and other organisations' members, other people and a started meeting, changing nothing", async () => {
    const c = await createConsentFixture(db);
    const foreign = await createConsentFixture(db);
    const removed = await person(db, c.fx.organizationId, "member", null);
    await db.membership.update({ where: { id: removed.membershipId }, data: { removedAt: new Date() } });
    const meetingId = await scheduled(db, c.admin, { circleIds: [c.circleId], facilitator: c.facilitator });
    const [participants, roles] = [await participantsOf(meetingId), await rolesOf(meetingId)];
    const base = { inviteeIds: [] as string[], facilitatorId: c.facilitator.membershipId, secretaryId: "" };
    expect(await editMeetingPeople(db, asActor(c.admin), meetingId, { ...base, inviteeIds: [c.observer.membershipId] })).toMatchObject({ ok: false, fieldErrors: { inviteeIds: "meetings.errors.memberInvalid" } });
    expect(await editMeetingPeople(db, asActor(c.admin), meetingId, { ...base, inviteeIds: [removed.membershipId] })).toMatchObject({ ok: false, fieldErrors: { inviteeIds: "meetings.errors.memberInvalid" } });
    expect(await editMeetingPeople(db, asActor(c.admin), meetingId, { ...base, facilitatorId: foreign.member.membershipId })).toMatchObject({ ok: false, fieldErrors: { facilitatorId: "meetings.errors.memberInvalid" } });
    expect(await editMeetingPeople(db, asActor(c.admin), meetingId, { ...base, secretaryId: "not-a-uuid" })).toMatchObject({ ok: false, reason: "invalid" });
    expect(await editMeetingPeople(db, asActor(c.member), meetingId, base)).toEqual({ ok: false, reason: "forbidden" });
    expect(await editMeetingPeople(db, asActor(foreign.admin), meetingId, base)).toEqual({ ok: false, reason: "not_found" });
    expect(await startMeeting(db, asActor(c.facilitator), meetingId)).toEqual({ ok: true });
    expect(await editMeetingPeople(db, asActor(c.facilitator), meetingId, { ...base, inviteeIds: [c.outsider.membershipId] })).toEqual({ ok: false, reason: "forbidden" });
    expect(await participantsOf(meetingId)).toEqual(participants);
    expect(await rolesOf(meetingId)).toEqual(roles);
  });
});

describe("the members the people form offers", () => {
  it("narrows by name, ignoring case; keeps the current facilitator and secretary; offers to invite only non-participants", async () => {
    const c = await createConsentFixture(db);
    const foreign = await createConsentFixture(db);
    const named = await person(db, c.fx.organizationId, "member", null);
    await db.user.update({ where: { id: named.userId }, data: { name: "Mia Oubliée" } });
    const meetingId = await scheduled(db, c.admin, { circleIds: [c.circleId], facilitator: c.facilitator });
    const meeting = { participantIds: await participantsOf(meetingId), ...(await rolesOf(meetingId)) };

    const all = await peopleChoices(c.fx.organizationId, meeting, "");
    expect(all.shown).toBe(all.total);
    expect(all.current).toEqual({ facilitatorId: c.facilitator.membershipId, secretaryId: "" });
    expect(all.invitable.map((m) => m.id)).toContain(named.membershipId);
    expect(all.invitable.map((m) => m.id)).not.toContain(c.facilitator.membershipId);
    for (const list of [all.invitable, all.members]) {
      expect(list.map((m) => m.id)).not.toContain(c.observer.membershipId);
      expect(list.map((m) => m.id)).not.toContain(foreign.member.membershipId);
    }

    const found = await peopleChoices(c.fx.organizationId, meeting, "mia oub");
    expect(found.total).toBe(1);
    expect(found.invitable.map((m) => m.id)).toEqual([named.membershipId]);
    expect(found.members.map((m) => m.id).sort()).toEqual([named.membershipId, c.facilitator.membershipId].sort());
    expect((await peopleChoices(foreign.fx.organizationId, meeting, "mia")).members).toEqual([]);
  });
});
