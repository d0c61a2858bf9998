// The minutes of an Interpôles meeting: a transversal proposal's answers counted per affected
// circle (each participant answers for the circle they link), and the elections with their outcome.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { answerRound, closeRound, openRound, submitProposal } from "@/lib/rounds/mutations";
import { createConsentFixture, createProposal, holdCoreRole, person, type ConsentFixture, type TestPerson } from "@/lib/rounds/testing/fixtures";
import { addAgendaItem } from "./agenda";
import { closeMeeting, startMeeting, takeUpItem } from "./live";
import { meetingMinutes } from "./minutes";
import { asActor, scheduled } from "./testing/meeting";

afterAll(() => db.$disconnect());
const ok = { ok: true };

let c: ConsentFixture;
let lead: TestPerson;
let poleId: string;
let meetingId: string;
let proposalId: string;
let electedId: string;

beforeAll(async () => {
  c = await createConsentFixture(db);
  const org = c.fx.organizationId;
  const pole = await db.circle.create({ data: { organizationId: org, kind: "pole", name: "Pôle Accueil", parentId: c.circleId } });
  poleId = pole.id;
  lead = await person(db, org, "member", pole.id);
  await holdCoreRole(db, c.fx, pole.id, lead, "lead_link");
  proposalId = await createProposal(db, c);
  await db.proposal.update({ where: { id: proposalId }, data: { isInterpoles: true } });
  await db.proposalCircle.create({ data: { organizationId: org, proposalId, circleId: pole.id } });
  expect(await submitProposal(db, c.proposer, { proposalId, path: "light" })).toMatchObject(ok);

  // The pole's lead link comes by default; the others are invited.
  meetingId = await scheduled(db, c.admin, { circleIds: [c.circleId, pole.id], invitees: [c.proposer, c.member], facilitator: c.facilitator });
  expect((await db.meetingParticipant.findMany({ where: { meetingId } })).map((p) => p.userId)).toContain(lead.userId);
  const f = asActor(c.facilitator);
  expect(await addAgendaItem(db, f, meetingId, { subject: `proposal:${proposalId}`, title: "", notes: "" })).toMatchObject(ok);
  // Elections are another module's (lib/elections): their items are written here as it stores them.
  const role = await db.role.create({ data: { organizationId: org, circleId: pole.id, name: "Trésorerie du pôle" } });
  electedId = await createProposal(db, c, "Élire");
  await db.proposal.update({ where: { id: electedId }, data: { status: "adopted" } });
  await db.agendaItem.createMany({
    data: [
      { organizationId: org, meetingId, position: 10, kind: "election", title: "Élection trésorerie", addedById: c.admin.userId, proposalId: electedId, status: "done",
        details: { roleId: role.id, termEndsOn: "2032-06-30", criteria: "", phase: "proposed", nominations: [], nomineeUserId: c.member.userId } },
      { organizationId: org, meetingId, position: 11, kind: "election", title: "Élection secrétariat", addedById: c.admin.userId,
        details: { roleId: "not-a-uuid", termEndsOn: null, criteria: "", phase: "setup", nominations: [], nomineeUserId: "../x" } },
    ],
  });

  expect(await startMeeting(db, f, meetingId)).toMatchObject(ok);
  const item = await db.agendaItem.findFirstOrThrow({ where: { meetingId, proposalId } });
  expect(await takeUpItem(db, f, meetingId, item.id)).toMatchObject(ok);
  expect(await openRound(db, c.facilitator, { proposalId, asynchronous: false })).toMatchObject(ok);
  for (const who of [c.proposer, c.member, c.facilitator]) expect(await answerRound(db, who, { proposalId, kind: "consent", reason: "" })).toMatchObject(ok);
  expect(await answerRound(db, lead, { proposalId, kind: "abstention", reason: "" })).toMatchObject({ ok: false });
  expect(await answerRound(db, lead, { proposalId, kind: "consent", reason: "" })).toMatchObject(ok);
  if ((await db.consentRound.findFirstOrThrow({ where: { proposalId } })).status === "open") expect(await closeRound(db, c.facilitator, { proposalId })).toMatchObject(ok);
  expect(await closeMeeting(db, f, meetingId)).toMatchObject(ok);
});

describe("minutes of a transversal proposal and elections", () => {
  it("counts the answers per affected circle", async () => {
    const m = (await meetingMinutes(c.fx.organizationId, meetingId))!;
    expect(m.circles.map((x) => x.name).sort()).toEqual(["Cercle général", "Pôle Accueil"]);
    expect(m.proposals.map((p) => [p.proposalId, p.status, p.isInterpoles])).toEqual([[proposalId, "adopted", true]]);
    const circles = [...m.proposals[0]!.rounds[0]!.circles].sort((a, b) => a.circleName.localeCompare(b.circleName));
    expect(circles).toEqual([
      { circleId: c.circleId, circleName: "Cercle général", consent: 3, objection: 0, abstention: 0, missing: 0 },
      { circleId: poleId, circleName: "Pôle Accueil", consent: 1, objection: 0, abstention: 0, missing: 0 },
    ]);
    expect(m.proposals[0]!.decision).toMatchObject({ inThisMeeting: true });
  });

  it("tells each election's role, nominee and outcome, and never trusts ids it cannot read", async () => {
    const m = (await meetingMinutes(c.fx.organizationId, meetingId))!;
    expect(m.elections).toEqual([
      expect.objectContaining({ title: "Élection trésorerie", roleName: "Trésorerie du pôle", nomineeId: c.member.userId, termEndsOn: "2032-06-30", proposalId: electedId, outcome: "elected" }),
      expect.objectContaining({ title: "Élection secrétariat", roleName: null, nomineeId: null, proposalId: null, outcome: "not_held" }),
    ]);
    expect(m.names.get(c.member.userId)).toBeTruthy();
    // An election's proposal is told as the election, not again among the decisions.
    expect(m.proposals.map((p) => p.proposalId)).not.toContain(electedId);
  });
});
