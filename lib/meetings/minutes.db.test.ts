// The minutes of a meeting driven through the real use cases: scheduled, started, a proposal
// processed live (an objection, tested, integrated by an amendment, a new round, adopted), a
// tension processed, an item postponed and one never reached, then closed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createTension } from "@/lib/proposals/testing/fixtures";
import { amendForIntegration } from "@/lib/rounds/amend";
import { answerRound, closeRound, confirmIntegration, openRound, submitProposal, testObjection } from "@/lib/rounds/mutations";
import { createConsentFixture, createProposal, type ConsentFixture } from "@/lib/rounds/testing/fixtures";
import { addAgendaItem } from "./agenda";
import { closeMeeting, setAttendance, startMeeting, takeUpItem } from "./live";
import { meetingMinutes } from "./minutes";
import { asActor, scheduled } from "./testing/meeting";

afterAll(() => db.$disconnect());
const ok = { ok: true };

let c: ConsentFixture;
let meetingId: string;
let proposalId: string;

async function itemId(title: string) {
  return (await db.agendaItem.findFirstOrThrow({ where: { meetingId, title } })).id;
}

beforeAll(async () => {
  c = await createConsentFixture(db);
  proposalId = await createProposal(db, c);
  expect(await submitProposal(db, c.proposer, { proposalId, path: "light" })).toMatchObject(ok);
  const tension = await createTension(db, c.fx, c.member);
  meetingId = await scheduled(db, c.admin, { circleIds: [c.circleId], invitees: [c.proposer, c.member, c.outsider], facilitator: c.facilitator, secretary: c.admin });
  const f = asActor(c.facilitator);
  for (const input of [{ subject: `proposal:${proposalId}`, title: "", notes: "" }, { subject: `tension:${tension.id}`, title: "", notes: "" },
    { subject: "", title: "Budget 2032", notes: "À reprendre\nen septembre" }, { subject: "", title: "Locaux", notes: "" }]) {
    expect(await addAgendaItem(db, f, meetingId, input)).toMatchObject(ok);
  }
  expect(await startMeeting(db, f, meetingId)).toMatchObject(ok);
  for (const [who, attendance] of [[c.facilitator, "present"], [c.admin, "present"], [c.proposer, "present"], [c.member, "late"]] as const) {
    expect(await setAttendance(db, f, meetingId, { userId: who.userId, attendance })).toMatchObject(ok);
  }
  // The proposal, live: round 1 with an objection, tested, integrated, round 2 adopts.
  expect(await takeUpItem(db, f, meetingId, await itemId("Publier les comptes"))).toMatchObject(ok);
  expect(await openRound(db, c.facilitator, { proposalId, asynchronous: false })).toMatchObject(ok);
  for (const who of [c.proposer, c.admin, c.facilitator]) expect(await answerRound(db, who, { proposalId, kind: "consent", reason: "" })).toMatchObject(ok);
  expect(await answerRound(db, c.member, { proposalId, kind: "objection", reason: "Chaque mois est trop souvent" })).toMatchObject(ok);
  const round1 = await db.consentRound.findFirstOrThrow({ where: { proposalId, number: 1 } });
  expect(round1.meetingId).toBe(meetingId);
  if (round1.status === "open") expect(await closeRound(db, c.facilitator, { proposalId })).toMatchObject(ok);
  const objection = await db.objection.findFirstOrThrow({ where: { organizationId: c.fx.organizationId } });
  const criteria = { reducesCapacity: true, createdByProposal: true, notSafeToTry: true, limitsObjectorRole: true, breaksRules: false };
  expect(await testObjection(db, c.facilitator, { proposalId, objectionId: objection.id, criteria, verdict: "valid", note: "Recevable" })).toMatchObject(ok);
  expect(await amendForIntegration(db, c.proposer, { proposalId, addresses: [objection.id], title: "Publier les comptes chaque trimestre", reasons: "Moins souvent", body: "", expectedVersion: 1 })).toMatchObject(ok);
  expect(await confirmIntegration(db, c.member, { proposalId, objectionId: objection.id })).toMatchObject(ok);
  expect(await confirmIntegration(db, c.proposer, { proposalId, objectionId: objection.id })).toMatchObject(ok);
  expect(await openRound(db, c.facilitator, { proposalId, asynchronous: false })).toMatchObject(ok);
  for (const who of [c.proposer, c.admin, c.facilitator, c.member]) expect(await answerRound(db, who, { proposalId, kind: "consent", reason: "" })).toMatchObject(ok);
  if ((await db.consentRound.findFirstOrThrow({ where: { proposalId, number: 2 } })).status === "open") {
    expect(await closeRound(db, c.facilitator, { proposalId })).toMatchObject(ok);
  }
  expect((await db.proposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe("adopted");
  // The tension, then a postponed item; "Locaux" is never reached.
  expect(await takeUpItem(db, f, meetingId, await itemId("Les comptes ne sont pas suivis"))).toMatchObject(ok);
  expect(await takeUpItem(db, f, meetingId, await itemId("Budget 2032"))).toMatchObject(ok);
  expect(await takeUpItem(db, f, meetingId, null, "skipped")).toMatchObject(ok);
  expect(await closeMeeting(db, f, meetingId)).toMatchObject(ok);
});

describe("meetingMinutes", () => {
  it("lists the people with their attendance, the absent included", async () => {
    const m = (await meetingMinutes(c.fx.organizationId, meetingId))!;
    expect(m).toMatchObject({ status: "closed", title: "Réunion Interpôles", place: "Salle 2", facilitatorId: c.facilitator.userId, secretaryId: c.admin.userId, publishedAt: null });
    expect(m.circles.map((x) => x.id)).toEqual([c.circleId]);
    const attendance = Object.fromEntries(m.participants.map((p) => [p.userId, p.attendance]));
    expect(attendance).toEqual({
      [c.facilitator.userId]: "present", [c.admin.userId]: "present", [c.proposer.userId]: "present", [c.member.userId]: "late", [c.outsider.userId]: "absent",
    });
    expect(m.names.get(c.member.userId)).toMatch(/^P member/);
  });

  it("tells the items processed, the tensions, and the items left as next steps with their notes", async () => {
    const m = (await meetingMinutes(c.fx.organizationId, meetingId))!;
    expect(m.processed.map((i) => i.title)).toEqual(["Publier les comptes", "Les comptes ne sont pas suivis"]);
    expect(m.tensions.map((i) => [i.title, i.kind])).toEqual([["Les comptes ne sont pas suivis", "tension"]]);
    expect(m.nextSteps.map((i) => [i.title, i.status, i.notes])).toEqual([["Budget 2032", "skipped", "À reprendre\nen septembre"], ["Locaux", "pending", ""]]);
  });

  it("gives the adopted decision with its changes, each round per circle, and the objection with its verdict and integration", async () => {
    const m = (await meetingMinutes(c.fx.organizationId, meetingId))!;
    expect(m.proposals).toHaveLength(1);
    const [p] = m.proposals;
    const decision = await db.decision.findFirstOrThrow({ where: { proposalId } });
    expect(decision.meetingId).toBe(meetingId);
    expect(p).toMatchObject({
      proposalId, status: "adopted", title: "Publier les comptes chaque trimestre",
      decision: { id: decision.id, versionNumber: 2, title: "Publier les comptes chaque trimestre", inThisMeeting: true, changes: [{ kind: "accountability.add", roleId: c.roleId, description: "Publier les comptes chaque mois" }] },
    });
    expect(p!.rounds.map((r) => [r.number, r.version, r.circles])).toEqual([
      [1, 1, [{ circleId: c.circleId, circleName: "Cercle général", consent: 3, objection: 1, abstention: 0, missing: 1 }]],
      [2, 2, [{ circleId: c.circleId, circleName: "Cercle général", consent: 4, objection: 0, abstention: 0, missing: 1 }]],
    ]);
    expect(p!.objections).toEqual([expect.objectContaining({
      round: 1, objectorId: c.member.userId, reason: "Chaque mois est trop souvent", verdict: "valid", note: "Recevable",
      testedById: c.facilitator.userId, integrationVersion: 2, objectorConfirmed: true, proposerConfirmed: true,
    })]);
    expect(m.names.get(c.facilitator.userId)).toBeTruthy();
  });

  it("is not found from another organisation, nor for an id that is not one", async () => {
    const other = await createConsentFixture(db);
    expect(await meetingMinutes(other.fx.organizationId, meetingId)).toBeNull();
    expect(await meetingMinutes(c.fx.organizationId, "../x")).toBeNull();
  });
});
