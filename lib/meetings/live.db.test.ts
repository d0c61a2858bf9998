import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { answerRound, openRound, submitProposal, closeRound } from "@/lib/rounds/mutations";
import { createConsentFixture, createProposal, holdCoreRole, person } from "@/lib/rounds/testing/fixtures";
import { addAgendaItem, moveAgendaItem, saveRoundWord } from "./agenda";
import { closeMeeting, nextSpeaker, setAttendance, setStage, startMeeting, takeUpItem } from "./live";
import { asActor, scheduled } from "./testing/meeting";

afterAll(() => db.$disconnect());

async function setUp() {
  const c = await createConsentFixture(db);
  // A second circle whose lead link is invited by default; the fixture's facilitator facilitates.
  const other = await db.circle.create({ data: { organizationId: c.fx.organizationId, name: `Pôle ${Math.random()}`, parentId: c.circleId, kind: "pole" } });
  const lead = await person(db, c.fx.organizationId, "member", other.id);
  await holdCoreRole(db, c.fx, other.id, lead, "lead_link");
  await holdCoreRole(db, c.fx, c.circleId, c.member, "rep_link");
  return { c, other, lead };
}

const items = (meetingId: string) => db.agendaItem.findMany({ where: { meetingId }, orderBy: { position: "asc" } });

describe("scheduling a meeting", () => {
  it("invites each circle's lead and rep links, the chosen facilitator and the invitees, and notifies them", async () => {
    const { c, other, lead } = await setUp();
    const meetingId = await scheduled(db, c.admin, { circleIds: [c.circleId, other.id], facilitator: c.facilitator, invitees: [c.proposer] });
    const participants = await db.meetingParticipant.findMany({ where: { meetingId } });
    expect(participants.map((p) => p.userId).sort()).toEqual([c.member.userId, lead.userId, c.facilitator.userId, c.proposer.userId].sort());
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect(meeting).toMatchObject({ status: "scheduled", facilitatorId: c.facilitator.userId, startsAt: new Date("2031-03-04T09:00:00.000Z") });
    expect(await db.notification.count({ where: { kind: "meeting.invited", data: { path: ["meetingId"], equals: meetingId } } })).toBe(4);
  });

  it("pre-fills the agenda with Interpôles tensions and escalated proposals of the involved circles", async () => {
    const { c } = await setUp();
    const tension = await db.tension.create({ data: { organizationId: c.fx.organizationId, circleId: c.circleId, authorId: c.member.userId, title: "Entre deux pôles", status: "open", isInterpoles: true } });
    await db.tension.create({ data: { organizationId: c.fx.organizationId, circleId: c.circleId, authorId: c.member.userId, title: "Locale", status: "open" } });
    const proposalId = await createProposal(db, c);
    await db.proposal.update({ where: { id: proposalId }, data: { status: "escalated" } });
    const meetingId = await scheduled(db, c.admin, { circleIds: [c.circleId], facilitator: c.facilitator });
    expect((await items(meetingId)).map((i) => [i.kind, i.tensionId ?? i.proposalId])).toEqual([["tension", tension.id], ["proposal", proposalId]]);
  });

  it("refuses another organisation's circle and a past date, and writes nothing", async () => {
    const { c } = await setUp();
    const foreign = await createConsentFixture(db);
    const before = await db.meeting.count();
    const { scheduleMeeting } = await import("./schedule");
    const base = { title: "R", startsAt: "2031-01-01T10:00", durationMinutes: 60, place: "", videoUrl: "", inviteeIds: [], facilitatorId: "", secretaryId: "" };
    expect(await scheduleMeeting(db, asActor(c.admin), { ...base, circleIds: [foreign.circleId] })).toMatchObject({ ok: false, fieldErrors: { circleIds: "meetings.errors.circleInvalid" } });
    expect(await scheduleMeeting(db, asActor(c.admin), { ...base, circleIds: [c.circleId], startsAt: "2020-01-01T10:00" })).toMatchObject({ ok: false, fieldErrors: { startsAt: "meetings.errors.inThePast" } });
    expect(await scheduleMeeting(db, asActor(c.admin), { ...base, circleIds: [c.circleId], videoUrl: "javascript:alert(1)" })).toMatchObject({ ok: false, fieldErrors: { videoUrl: "meetings.errors.videoUrl" } });
    expect(await scheduleMeeting(db, asActor(c.observer), { ...base, circleIds: [c.circleId] })).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await db.meeting.count()).toBe(before);
  });
});

describe("a meeting, live", () => {
  it("runs check-in, agenda, items and closing; only the facilitator drives; each change is an event", async () => {
    const { c } = await setUp();
    const meetingId = await scheduled(db, c.admin, { circleIds: [c.circleId], facilitator: c.facilitator, invitees: [c.proposer] });
    const f = asActor(c.facilitator);
    expect(await startMeeting(db, asActor(c.member), meetingId)).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await startMeeting(db, f, meetingId)).toEqual({ ok: true });
    expect(await startMeeting(db, f, meetingId)).toMatchObject({ ok: false, reason: "wrong_state" });
    expect(await saveRoundWord(db, asActor(c.member), meetingId, "checkIn", { text: "En forme" })).toEqual({ ok: true });
    expect(await saveRoundWord(db, asActor(c.outsider), meetingId, "checkIn", { text: "?" })).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await setAttendance(db, f, meetingId, { userId: c.proposer.userId, attendance: "late" })).toEqual({ ok: true });
    expect(await setStage(db, f, meetingId, "agenda")).toEqual({ ok: true });
    expect(await addAgendaItem(db, asActor(c.member), meetingId, { title: "Budget", notes: "", subject: "" })).toEqual({ ok: true });
    expect(await addAgendaItem(db, asActor(c.member), meetingId, { title: "Local", notes: "", subject: "" })).toEqual({ ok: true });
    const [first, second] = await items(meetingId);
    expect(await moveAgendaItem(db, asActor(c.member), meetingId, { itemId: second!.id, direction: "up" })).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await moveAgendaItem(db, f, meetingId, { itemId: second!.id, direction: "up" })).toEqual({ ok: true });
    expect((await items(meetingId)).map((i) => i.title)).toEqual(["Local", "Budget"]);
    expect(await takeUpItem(db, f, meetingId, second!.id)).toEqual({ ok: true });
    expect(await takeUpItem(db, f, meetingId, first!.id)).toEqual({ ok: true });
    expect((await items(meetingId)).map((i) => i.status)).toEqual(["done", "in_progress"]);
    expect(await nextSpeaker(db, f, meetingId)).toEqual({ ok: true });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).speakerId).not.toBeNull();
    expect(await setStage(db, f, meetingId, "closing")).toEqual({ ok: true });
    expect(await saveRoundWord(db, asActor(c.proposer), meetingId, "closing", { text: "Merci" })).toEqual({ ok: true });
    expect(await closeMeeting(db, f, meetingId)).toEqual({ ok: true });
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId }, include: { participants: true } });
    expect(meeting.status).toBe("closed");
    const byUser = new Map(meeting.participants.map((p) => [p.userId, p]));
    expect(byUser.get(c.member.userId)).toMatchObject({ attendance: "present", checkIn: "En forme" });
    expect(byUser.get(c.proposer.userId)).toMatchObject({ attendance: "late", closing: "Merci" });
    expect(byUser.get(c.facilitator.userId)?.attendance).toBe("absent");
    const events = await db.meetingEvent.findMany({ where: { meetingId }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.kind)).toEqual(["started", "round_word", "attendance", "stage", "agenda", "agenda", "agenda", "item", "item", "speaker", "stage", "round_word", "closed"]);
    expect(await db.event.count({ where: { subjectId: meetingId, kind: { in: ["meeting.started", "meeting.closed"] } } })).toBe(2);
  });

  it("holds a proposal's consent round in the meeting: its participants answer, its facilitator closes, adoption names the meeting", async () => {
    const { c, lead } = await setUp();
    const proposalId = await createProposal(db, c);
    expect(await submitProposal(db, c.proposer, { proposalId, path: "light" })).toMatchObject({ ok: true });
    // The meeting's facilitator does not facilitate the circle: the meeting gives them the capacity.
    const meetingId = await scheduled(db, c.admin, { circleIds: [c.circleId], facilitator: lead, invitees: [c.proposer] });
    const f = asActor(lead);
    await startMeeting(db, f, meetingId);
    await addAgendaItem(db, f, meetingId, { title: "", notes: "", subject: `proposal:${proposalId}` });
    const item = (await items(meetingId)).find((i) => i.proposalId === proposalId)!;
    expect(await closeRound(db, { ...c.proposer, user: { id: lead.userId } }, { proposalId })).toMatchObject({ ok: false });
    await takeUpItem(db, f, meetingId, item.id);
    expect(await openRound(db, lead, { proposalId, asynchronous: false })).toMatchObject({ ok: true });
    const round = await db.consentRound.findFirstOrThrow({ where: { proposalId }, include: { participants: true } });
    expect(round.meetingId).toBe(meetingId);
    expect(round.participants.map((p) => p.userId).sort()).toEqual([c.member.userId, lead.userId, c.proposer.userId].sort());
    expect(await answerRound(db, c.admin, { proposalId, kind: "consent", reason: "" })).toMatchObject({ ok: false, reason: "not_a_participant" });
    const eventsBefore = await db.meetingEvent.count({ where: { meetingId } });
    expect(await answerRound(db, c.member, { proposalId, kind: "consent", reason: "" })).toMatchObject({ ok: true });
    expect(await db.meetingEvent.count({ where: { meetingId } })).toBe(eventsBefore + 1);
    // The absent say nothing: silence is consent when the facilitator closes (the circle's policy A).
    expect(await closeRound(db, lead, { proposalId })).toMatchObject({ ok: true });
    const decision = await db.decision.findFirstOrThrow({ where: { proposalId } });
    expect(decision).toMatchObject({ meetingId, facilitatorId: lead.userId });
  });
});
