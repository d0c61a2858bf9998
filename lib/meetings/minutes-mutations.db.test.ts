// Keeping and publishing the minutes: only the secretary or the facilitator, only once the meeting
// is closed; publishing notifies the involved circles' members and the participants, journals it,
// and a second publication changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createConsentFixture, type ConsentFixture } from "@/lib/rounds/testing/fixtures";
import { closeMeeting, startMeeting } from "./live";
import { publishMinutes, saveMinutesNotes } from "./minutes-mutations";
import { asActor, scheduled } from "./testing/meeting";

afterAll(() => db.$disconnect());

let c: ConsentFixture;
let meetingId: string;
const published = () => db.notification.findMany({ where: { organizationId: c.fx.organizationId, kind: "minutes.published" }, select: { membershipId: true, data: true } });

beforeAll(async () => {
  c = await createConsentFixture(db);
  // The outsider is in no involved circle: a participant all the same, so notified.
  meetingId = await scheduled(db, c.admin, { circleIds: [c.circleId], invitees: [c.outsider], facilitator: c.facilitator, secretary: c.member });
});

describe("minutes notes and publication", () => {
  it("refuses notes and publication before the meeting is closed", async () => {
    expect(await saveMinutesNotes(db, asActor(c.member), meetingId, { notes: "Trop tôt" })).toEqual({ ok: false, reason: "forbidden" });
    expect(await startMeeting(db, asActor(c.facilitator), meetingId)).toMatchObject({ ok: true });
    expect(await publishMinutes(db, asActor(c.member), meetingId)).toEqual({ ok: false, reason: "forbidden" });
    expect(await closeMeeting(db, asActor(c.facilitator), meetingId)).toMatchObject({ ok: true });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).minutesNotes).toBe("");
  });

  it("lets only the secretary and the facilitator write the notes", async () => {
    for (const who of [c.proposer, c.admin, c.outsider, c.observer]) {
      expect(await saveMinutesNotes(db, asActor(who), meetingId, { notes: "Pirate" })).toEqual({ ok: false, reason: "forbidden" });
    }
    expect(await saveMinutesNotes(db, asActor(c.member), meetingId, { notes: "## Suite\r\n\r\n- Budget voté\r\n" })).toEqual({ ok: true });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).minutesNotes).toBe("## Suite\n\n- Budget voté");
    expect(await saveMinutesNotes(db, asActor(c.facilitator), meetingId, { notes: "x".repeat(50_001) })).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { notes: "minutes.errors.notesTooLong" } });
    expect(await saveMinutesNotes(db, asActor(c.facilitator), meetingId, { notes: 12 })).toMatchObject({ ok: false, reason: "invalid" });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).minutesNotes).toBe("## Suite\n\n- Budget voté");
  });

  it("publishes once: notifies circle members and participants (not the publisher), journals it; again changes nothing", async () => {
    expect(await publishMinutes(db, asActor(c.proposer), meetingId)).toEqual({ ok: false, reason: "forbidden" });
    expect(await published()).toHaveLength(0);
    const at = new Date("2031-03-05T09:00:00Z");
    expect(await publishMinutes(db, asActor(c.member), meetingId, at)).toEqual({ ok: true });
    const notes = await published();
    const expected = [c.proposer, c.facilitator, c.admin, c.observer, c.outsider].map((p) => p.membershipId).sort();
    expect(notes.map((n) => n.membershipId).sort()).toEqual(expected);
    expect(notes[0]!.data).toEqual({ meetingId, title: "Réunion Interpôles" });
    const events = () => db.event.findMany({ where: { subjectId: meetingId, kind: "meeting.minutes_published" } });
    expect(await events()).toMatchObject([{ actorId: c.member.userId, circleId: c.circleId, data: { title: "Réunion Interpôles" } }]);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).minutesPublishedAt).toEqual(at);

    expect(await publishMinutes(db, asActor(c.facilitator), meetingId, new Date("2031-03-06T09:00:00Z"))).toEqual({ ok: true, alreadyPublished: true });
    expect(await published()).toHaveLength(expected.length);
    expect(await events()).toHaveLength(1);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).minutesPublishedAt).toEqual(at);
  });

  it("behaves as if another organisation's meeting did not exist", async () => {
    const other = await createConsentFixture(db);
    expect(await publishMinutes(db, asActor(other.admin), meetingId)).toEqual({ ok: false, reason: "not_found" });
    expect(await saveMinutesNotes(db, asActor(other.admin), meetingId, { notes: "x" })).toEqual({ ok: false, reason: "not_found" });
    expect(await saveMinutesNotes(db, asActor(c.member), "00000000-0000-4000-8000-000000000000", { notes: "x" })).toEqual({ ok: false, reason: "not_found" });
    expect(await publishMinutes(db, asActor(c.member), "1 OR 1=1")).toEqual({ ok: false, reason: "not_found" });
  });
});
