import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { editProposal } from "@/lib/proposals/mutations";
import { amendForIntegration } from "./amend";
import { loadProcess } from "./load";
import { answerRound, confirmIntegration, openRound, submitProposal, testObjection } from "./mutations";
import { closeDueRounds } from "./sweep";
import { createConsentFixture, createProposal, holdCoreRole, person, type ConsentFixture, type TestPerson } from "./testing/fixtures";

afterAll(() => db.$disconnect());

const ok = { ok: true };

async function inRound(c: ConsentFixture, options: { deadlineAt?: Date } = {}) {
  const proposalId = await createProposal(db, c);
  expect(await submitProposal(db, c.proposer, { proposalId, path: "light" })).toMatchObject(ok);
  expect(await openRound(db, c.proposer, { proposalId, asynchronous: true, ...options })).toMatchObject(ok);
  return proposalId;
}

const answer = (c: ConsentFixture, who: TestPerson, proposalId: string, kind: "consent" | "objection" = "consent", reason = "") =>
  answerRound(db, who, { proposalId, kind, reason });

async function accountabilities(c: ConsentFixture) {
  return db.accountability.findMany({ where: { organizationId: c.fx.organizationId, roleId: c.roleId, archivedAt: null }, orderBy: { position: "asc" } });
}

describe("a proposal through its consent process", () => {
  it("snapshots the circle's non-observer members as participants", async () => {
    const c = await createConsentFixture(db);
    const proposalId = await inRound(c);
    const round = await db.consentRound.findFirstOrThrow({ where: { proposalId }, include: { participants: true } });
    const ids = round.participants.map((p) => p.userId).sort();
    expect(ids).toEqual([c.proposer.userId, c.facilitator.userId, c.member.userId, c.admin.userId].sort());
    expect(round).toMatchObject({ number: 1, status: "open", absenteePolicy: "silence_is_consent", abstentionAllowed: false });
    expect(round.deadlineAt!.getTime() - round.openedAt.getTime()).toBe(168 * 3600_000);
    const proposal = await db.proposal.findUniqueOrThrow({ where: { id: proposalId } });
    expect(proposal).toMatchObject({ status: "in_process", step: "consent_round", deadlineAt: round.deadlineAt });
    expect(await db.notification.count({ where: { organizationId: c.fx.organizationId, kind: "consent.round_opened" } })).toBe(4);
    expect(await db.event.count({ where: { subjectId: proposalId, kind: { in: ["consent.submit", "consent.open_round"] } } })).toBe(2);
  });

  it("objection → tested valid → integrated by an amendment → new round → adopted, applied once with its decision", async () => {
    const c = await createConsentFixture(db);
    const proposalId = await inRound(c);
    await answer(c, c.proposer, proposalId);
    await answer(c, c.admin, proposalId);
    await answer(c, c.facilitator, proposalId);
    expect(await answer(c, c.member, proposalId, "objection", "Chaque mois est trop souvent")).toMatchObject({ ok: true, state: { step: "integration" } });
    const objection = await db.objection.findFirstOrThrow({ where: { organizationId: c.fx.organizationId } });
    const objectionId = objection.id;
    expect(objection.responseId).toBe(objectionId);

    const criteria = { reducesCapacity: true, createdByProposal: true, notSafeToTry: true, limitsObjectorRole: true, breaksRules: false };
    expect(await testObjection(db, c.member, { proposalId, objectionId, criteria, verdict: "valid", note: "" })).toEqual({ ok: false, reason: "not_allowed" });
    expect(await testObjection(db, c.facilitator, { proposalId, objectionId, criteria, verdict: "valid", note: "Recevable" })).toMatchObject(ok);
    expect(await db.objection.findUniqueOrThrow({ where: { id: objectionId } })).toMatchObject({ verdict: "valid", testedById: c.facilitator.userId, reducesCapacity: true, breaksRules: false });

    const amended = await amendForIntegration(db, c.proposer, { proposalId, addresses: [objectionId], title: "Publier les comptes", reasons: "Chaque trimestre", body: "", expectedVersion: 1 });
    expect(amended).toMatchObject(ok);
    const v2 = await db.proposalVersion.findFirstOrThrow({ where: { proposalId, number: 2 } });
    expect((await db.objection.findUniqueOrThrow({ where: { id: objectionId } })).integrationVersionId).toBe(v2.id);
    expect(await openRound(db, c.proposer, { proposalId, asynchronous: true })).toEqual({ ok: false, reason: "objections_unresolved" });
    expect(await confirmIntegration(db, c.member, { proposalId, objectionId })).toMatchObject(ok);
    expect(await confirmIntegration(db, c.proposer, { proposalId, objectionId })).toMatchObject(ok);

    expect(await openRound(db, c.facilitator, { proposalId, asynchronous: true })).toMatchObject(ok);
    for (const who of [c.proposer, c.admin, c.facilitator]) await answer(c, who, proposalId);
    expect(await accountabilities(c)).toHaveLength(1);
    const last = await answer(c, c.member, proposalId);
    expect(last).toMatchObject({ ok: true, state: { status: "adopted" } });

    const decision = await db.decision.findFirstOrThrow({ where: { proposalId }, include: { round: true, version: true } });
    expect(decision).toMatchObject({ circleId: c.circleId, facilitatorId: c.facilitator.userId, round: { number: 2 }, version: { number: 2 } });
    expect(decision.reviewOn).not.toBeNull();
    const record = decision.record as { objections: { id: string; verdict: string; integrationVersion: number }[]; absentees: unknown[]; participants: { answer: string }[] };
    expect(record.objections).toEqual([expect.objectContaining({ id: objectionId, verdict: "valid", integrationVersion: 2 })]);
    expect(record.absentees).toEqual([]);
    expect(record.participants.map((p) => p.answer)).toEqual(["consent", "consent", "consent", "consent"]);
    expect((await accountabilities(c)).map((a) => a.description)).toEqual(["Tenir les comptes", "Publier les comptes chaque mois"]);
    expect(await db.recordChange.count({ where: { decisionId: decision.id } })).toBeGreaterThan(0);
    expect(await db.event.count({ where: { subjectId: proposalId, kind: "proposal.adopted" } })).toBe(1);
  });

  it("keeps the proposal as it is while its round is open: an amendment waits for the round to close", async () => {
    const c = await createConsentFixture(db);
    const proposalId = await inRound(c);
    const refused = await editProposal(db, c.proposer, proposalId, (current) => ({ ...current, title: "Autre titre" }));
    expect(refused).toEqual({ ok: false, reason: "round_open" });
    const proposal = await db.proposal.findUniqueOrThrow({ where: { id: proposalId } });
    expect(proposal.currentVersion).toBe(1);
    expect(await db.proposalVersion.count({ where: { proposalId } })).toBe(1);
    expect(await db.event.count({ where: { subjectId: proposalId, kind: { in: ["proposal.amended", "proposal.edited"] } } })).toBe(0);
    // Once the round has closed on an objection, the proposer amends (integration).
    for (const who of [c.proposer, c.admin, c.facilitator]) await answer(c, who, proposalId);
    expect(await answer(c, c.member, proposalId, "objection", "Trop souvent")).toMatchObject({ ok: true, state: { step: "integration" } });
    const amended = await editProposal(db, c.proposer, proposalId, (current) => ({ ...current, title: "Autre titre" }));
    expect(amended).toMatchObject({ ok: true, number: 2, amended: true });
  });

  it("changing an answer supersedes the previous one", async () => {
    const c = await createConsentFixture(db);
    const proposalId = await inRound(c);
    await answer(c, c.member, proposalId, "objection", "Trop souvent");
    await answer(c, c.member, proposalId, "consent");
    const rows = await db.response.findMany({ where: { organizationId: c.fx.organizationId, userId: c.member.userId }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.kind, r.supersededAt !== null])).toEqual([["objection", true], ["consent", false]]);
    // The machine sees the replaced answer; a page reads only the current ones.
    const all = await db.$transaction((tx) => loadProcess(tx, c.fx.organizationId, proposalId));
    const shown = await db.$transaction((tx) => loadProcess(tx, c.fx.organizationId, proposalId, { ids: [] }));
    expect(all?.state.round?.superseded.map((a) => a.kind)).toEqual(["objection"]);
    expect(shown?.state.round?.superseded).toEqual([]);
    expect(shown?.state.round?.answers).toEqual(all?.state.round?.answers);
  });

  it("refuses observers, non-participants, abstention when not allowed, and another organisation's ids", async () => {
    const c = await createConsentFixture(db);
    const proposalId = await inRound(c);
    expect(await answer(c, c.observer, proposalId)).toEqual({ ok: false, reason: "forbidden" });
    expect(await answer(c, c.outsider, proposalId)).toEqual({ ok: false, reason: "not_a_participant" });
    expect(await answerRound(db, c.member, { proposalId, kind: "abstention", reason: "Je m’abstiens" })).toEqual({ ok: false, reason: "abstention_not_allowed" });
    const other = await createConsentFixture(db);
    expect(await answer(other, other.member, proposalId)).toEqual({ ok: false, reason: "not_found" });
    expect(await db.response.count({ where: { roundId: { not: undefined }, round: { proposalId } } })).toBe(0);
  });

  it("returns the proposal to its proposer when the record refuses the change set", async () => {
    const c = await createConsentFixture(db);
    const proposalId = await inRound(c);
    for (const who of [c.proposer, c.admin, c.facilitator]) await answer(c, who, proposalId);
    // The role is archived meanwhile: adding an accountability to it is refused.
    await db.role.update({ where: { id: c.roleId }, data: { archivedAt: new Date() } });
    const result = await answer(c, c.member, proposalId);
    expect(result).toMatchObject({ ok: true, state: { status: "in_process", step: "amendment" }, decisionId: null, conflict: { reason: "archived", index: 0 } });
    expect(await db.decision.count({ where: { proposalId } })).toBe(0);
    expect(await db.proposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({ status: "in_process", step: "amendment" });
    // The round's close and the answers are kept: only the adoption was rolled back.
    expect(await db.consentRound.findFirstOrThrow({ where: { proposalId } })).toMatchObject({ status: "closed", result: "no_objection" });
    expect(await db.response.count({ where: { round: { proposalId } } })).toBe(4);
    const note = await db.notification.findFirstOrThrow({ where: { organizationId: c.fx.organizationId, kind: "consent.adoption_refused" } });
    expect(note.membershipId).toBe(c.proposer.membershipId);
    expect(await db.event.findFirstOrThrow({ where: { subjectId: proposalId, kind: "consent.answer", data: { path: ["conflict", "reason"], equals: "archived" } } })).toBeTruthy();
  });

  it("adopts at the deadline under policy A; a second sweep changes nothing", async () => {
    const c = await createConsentFixture(db);
    const deadlineAt = new Date(Date.now() + 3600_000);
    const proposalId = await inRound(c, { deadlineAt });
    await answer(c, c.admin, proposalId);
    const after = new Date(deadlineAt.getTime() + 1000);
    expect(await closeDueRounds(db, new Date(deadlineAt.getTime() - 1000))).toBeGreaterThanOrEqual(0);
    expect((await db.proposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe("in_process");
    expect(await closeDueRounds(db, after)).toBeGreaterThanOrEqual(1);
    expect((await db.proposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe("adopted");
    const decision = await db.decision.findFirstOrThrow({ where: { proposalId } });
    expect((decision.record as { absentees: { userId: string }[] }).absentees.map((a) => a.userId).sort()).toEqual([c.proposer.userId, c.facilitator.userId, c.member.userId].sort());
    await closeDueRounds(db, after);
    expect(await db.decision.count({ where: { proposalId } })).toBe(1);
    expect((await accountabilities(c)).length).toBe(2);
  });

  it("asks the links of every affected circle, plus the proposer, in an Interpôles round", async () => {
    const c = await createConsentFixture(db);
    const org = c.fx.organizationId;
    const pole = await db.circle.create({ data: { organizationId: org, kind: "pole", name: "Pôle", parentId: c.circleId } });
    const lead = await person(db, org, "member", pole.id);
    const rep = await person(db, org, "member", pole.id);
    await holdCoreRole(db, c.fx, pole.id, lead, "lead_link");
    await holdCoreRole(db, c.fx, pole.id, rep, "rep_link");
    await holdCoreRole(db, c.fx, c.circleId, c.admin, "lead_link");
    const proposalId = await createProposal(db, c);
    await db.proposal.update({ where: { id: proposalId }, data: { isInterpoles: true } });
    await db.proposalCircle.create({ data: { organizationId: org, proposalId, circleId: pole.id } });
    await submitProposal(db, c.proposer, { proposalId, path: "light" });
    expect(await openRound(db, c.facilitator, { proposalId, asynchronous: true })).toMatchObject(ok);
    const participants = await db.roundParticipant.findMany({ where: { round: { proposalId } } });
    expect(participants.map((p) => [p.userId, p.circleId]).sort()).toEqual(
      [[c.admin.userId, c.circleId], [lead.userId, pole.id], [rep.userId, pole.id], [c.proposer.userId, c.circleId]].sort(),
    );
  });
});
