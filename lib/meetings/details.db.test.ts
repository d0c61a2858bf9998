import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createConsentFixture, person } from "@/lib/rounds/testing/fixtures";
import { editMeetingDetails } from "./details";
import { startMeeting } from "./live";
import { asActor, scheduled } from "./testing/meeting";

afterAll(() => db.$disconnect());

const details = { title: "Réunion Interpôles", startsAt: "2031-03-11T18:30", durationMinutes: 120, place: "Salle 3", videoUrl: "https://visio.example/interpoles" };
const meetingOf = (id: string) => db.meeting.findUniqueOrThrow({ where: { id }, select: { title: true, startsAt: true, durationMinutes: true, place: true, videoUrl: true, updatedAt: true } });
const changedNotifications = (meetingId: string) => db.notification.count({ where: { kind: "meeting.changed", data: { path: ["meetingId"], equals: meetingId } } });

describe("changing a scheduled meeting's details", () => {
  it("moves the meeting, tells the other participants and keeps a line in the journal", async () => {
    const c = await createConsentFixture(db);
    const meetingId = await scheduled(db, c.admin, { circleIds: [c.circleId], facilitator: c.facilitator, invitees: [c.proposer] });
    expect(await editMeetingDetails(db, asActor(c.facilitator), meetingId, details, new Date("2031-01-01T00:00:00Z"))).toEqual({ ok: true });
    // 18:30 in Paris in March (UTC+1).
    expect(await meetingOf(meetingId)).toMatchObject({ startsAt: new Date("2031-03-11T17:30:00.000Z"), durationMinutes: 120, place: "Salle 3", videoUrl: "https://visio.example/interpoles" });
    const told = await db.notification.findMany({ where: { kind: "meeting.changed", data: { path: ["meetingId"], equals: meetingId } }, select: { membership: { select: { userId: true } }, data: true } });
    const participants = await db.meetingParticipant.findMany({ where: { meetingId }, select: { userId: true } });
    expect(told.map((n) => n.membership.userId).sort()).toEqual(participants.map((p) => p.userId).filter((id) => id !== c.facilitator.userId).sort());
    expect(told[0]!.data).toMatchObject({ title: "Réunion Interpôles", startsAt: "2031-03-11T17:30:00.000Z" });
    expect(await db.event.count({ where: { subjectId: meetingId, kind: "meeting.changed", actorId: c.facilitator.userId } })).toBe(1);
  });

  it("renames without notifying, and saves nothing when nothing changed", async () => {
    const c = await createConsentFixture(db);
    const meetingId = await scheduled(db, c.admin, { circleIds: [c.circleId], facilitator: c.facilitator });
    const same = { title: "Réunion Interpôles", startsAt: "2031-03-04T10:00", durationMinutes: 90, place: "Salle 2", videoUrl: "" };
    const before = await meetingOf(meetingId);
    const liveEvents = () => db.meetingEvent.count({ where: { meetingId } });
    const signalled = await liveEvents();
    expect(await editMeetingDetails(db, asActor(c.admin), meetingId, same)).toEqual({ ok: true });
    expect(await meetingOf(meetingId)).toEqual(before);
    // Nothing changed: no live screen is woken either.
    expect(await liveEvents()).toBe(signalled);
    expect(await db.event.count({ where: { subjectId: meetingId, kind: "meeting.changed" } })).toBe(0);
    expect(await editMeetingDetails(db, asActor(c.admin), meetingId, { ...same, title: "Interpôles de mars" })).toEqual({ ok: true });
    expect((await meetingOf(meetingId)).title).toBe("Interpôles de mars");
    expect(await changedNotifications(meetingId)).toBe(0);
    expect(await db.event.count({ where: { subjectId: meetingId, kind: "meeting.changed" } })).toBe(1);
    expect(await liveEvents()).toBe(signalled + 1);
  });

  it("refuses other members, observers, another organisation, bad input and a started meeting, changing nothing", async () => {
    const c = await createConsentFixture(db);
    const foreign = await createConsentFixture(db);
    const stranger = await person(db, c.fx.organizationId, "member", null);
    const meetingId = await scheduled(db, c.admin, { circleIds: [c.circleId], facilitator: c.facilitator });
    const before = await meetingOf(meetingId);
    expect(await editMeetingDetails(db, asActor(stranger), meetingId, details)).toEqual({ ok: false, reason: "forbidden" });
    expect(await editMeetingDetails(db, asActor(c.observer), meetingId, details)).toEqual({ ok: false, reason: "forbidden" });
    expect(await editMeetingDetails(db, asActor(foreign.admin), meetingId, details)).toEqual({ ok: false, reason: "not_found" });
    expect(await editMeetingDetails(db, asActor(c.admin), "'; DROP TABLE \"Meeting\"; --", details)).toEqual({ ok: false, reason: "not_found" });
    expect(await editMeetingDetails(db, asActor(c.admin), meetingId, { ...details, title: "" })).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { title: "meetings.errors.titleRequired" } });
    expect(await editMeetingDetails(db, asActor(c.admin), meetingId, { ...details, startsAt: "2020-01-01T10:00" })).toMatchObject({ ok: false, fieldErrors: { startsAt: "meetings.errors.inThePast" } });
    expect(await editMeetingDetails(db, asActor(c.admin), meetingId, { ...details, videoUrl: "javascript:alert(1)" })).toMatchObject({ ok: false, fieldErrors: { videoUrl: "meetings.errors.videoUrl" } });
    expect(await editMeetingDetails(db, asActor(c.admin), meetingId, { ...details, durationMinutes: "9999" })).toMatchObject({ ok: false, fieldErrors: { durationMinutes: "meetings.errors.duration" } });
    expect(await startMeeting(db, asActor(c.facilitator), meetingId)).toEqual({ ok: true });
    const started = await meetingOf(meetingId);
    expect(await editMeetingDetails(db, asActor(c.facilitator), meetingId, details)).toEqual({ ok: false, reason: "forbidden" });
    expect({ ...(await meetingOf(meetingId)), updatedAt: null }).toEqual({ ...before, updatedAt: null });
    expect(await meetingOf(meetingId)).toEqual(started);
    expect(await changedNotifications(meetingId)).toBe(0);
  });
});
