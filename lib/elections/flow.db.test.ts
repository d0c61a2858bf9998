import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { answerRound } from "@/lib/rounds/mutations";
import { nominate, openNominations, proposeNominee, revealNominations, setElectionTerms } from "./mutations";
import { as, createElectionFixture, detailsOf, electionUnderWay } from "./testing/fixtures";

afterAll(() => db.$disconnect());

describe("an election without candidates, in a meeting", () => {
  it("setup → nominations → reveal → change → proposal → consent round (nominee last) → adopted: the role is assigned with its term", async () => {
    const c = await createElectionFixture(db);
    const { meetingId, itemId } = await electionUnderWay(db, c);
    const f = as(c.facilitator);
    expect(await setElectionTerms(db, as(c.member), meetingId, itemId, { termEndsOn: "2099-12-31", criteria: "x" })).toEqual({ ok: false, reason: "forbidden" });
    expect(await setElectionTerms(db, f, meetingId, itemId, { termEndsOn: "2000-01-01", criteria: "x" })).toMatchObject({ ok: false, fieldErrors: { termEndsOn: "elections.errors.termInPast" } });
    expect(await setElectionTerms(db, f, meetingId, itemId, { termEndsOn: "2099-12-31", criteria: "Rigueur et discrétion" })).toEqual({ ok: true });
    expect(await detailsOf(db, itemId)).toMatchObject({ phase: "setup", termEndsOn: "2099-12-31", criteria: "Rigueur et discrétion", endingAssignmentId: c.secretaryAssignmentId });

    const nominateMember = { nomineeMembershipId: c.member.membershipId, reason: "Très organisé·e" };
    expect(await nominate(db, as(c.proposer), meetingId, itemId, nominateMember)).toEqual({ ok: false, reason: "wrong_state" });
    expect(await revealNominations(db, f, meetingId, itemId)).toEqual({ ok: false, reason: "wrong_state" });
    expect(await openNominations(db, as(c.member), meetingId, itemId)).toEqual({ ok: false, reason: "forbidden" });
    expect(await openNominations(db, f, meetingId, itemId)).toEqual({ ok: true });
    expect(await revealNominations(db, f, meetingId, itemId)).toMatchObject({ ok: false, fieldErrors: { form: "elections.errors.noNominations" } });

    expect(await nominate(db, as(c.proposer), meetingId, itemId, nominateMember)).toEqual({ ok: true });
    expect(await nominate(db, as(c.facilitator), meetingId, itemId, { nomineeMembershipId: c.proposer.membershipId, reason: "Disponible" })).toEqual({ ok: true });
    expect(await nominate(db, as(c.admin), meetingId, itemId, { nomineeMembershipId: c.proposer.membershipId, reason: "Expérience" })).toEqual({ ok: true });
    expect(await nominate(db, as(c.member), meetingId, itemId, { nomineeMembershipId: c.member.membershipId, reason: "" })).toMatchObject({ ok: false, fieldErrors: { reason: "elections.errors.reasonRequired" } });
    expect(await proposeNominee(db, f, meetingId, itemId, { nomineeMembershipId: c.member.membershipId })).toEqual({ ok: false, reason: "wrong_state" });
    expect(await revealNominations(db, f, meetingId, itemId)).toEqual({ ok: true });
    expect((await detailsOf(db, itemId)).phase).toBe("changing");

    // The change round: the facilitator and the admin change theirs to the member.
    for (const who of [c.facilitator, c.admin]) expect(await nominate(db, as(who), meetingId, itemId, { ...nominateMember, reason: "Convaincu·e" })).toEqual({ ok: true });
    expect((await detailsOf(db, itemId)).nominations.map((n) => n.nomineeUserId)).toEqual([c.member.userId, c.member.userId, c.member.userId]);
    expect(await proposeNominee(db, as(c.member), meetingId, itemId, { nomineeMembershipId: c.member.membershipId })).toEqual({ ok: false, reason: "forbidden" });
    expect(await proposeNominee(db, f, meetingId, itemId, { nomineeMembershipId: c.outsider.membershipId })).toMatchObject({ ok: false, fieldErrors: { nomineeMembershipId: "elections.errors.notNominated" } });

    const proposed = await proposeNominee(db, f, meetingId, itemId, { nomineeMembershipId: c.member.membershipId });
    expect(proposed).toMatchObject({ ok: true });
    const proposalId = (proposed as { proposalId: string }).proposalId;
    const item = await detailsOf(db, itemId);
    expect(item).toMatchObject({ phase: "proposed", nomineeUserId: c.member.userId, proposalId });
    const proposal = await db.proposal.findUniqueOrThrow({ where: { id: proposalId }, include: { versions: { include: { changes: { orderBy: { position: "asc" } } } }, affectedCircles: true } });
    expect(proposal).toMatchObject({ circleId: c.circleId, authorId: c.facilitator.userId, tensionId: null, isInterpoles: false, status: "in_process", step: "consent_round" });
    expect(proposal.versions[0]?.title).toMatch(/^Élection : Secrétariat — /);
    expect(proposal.versions[0]?.reasons).toContain("Rigueur et discrétion");
    expect(proposal.versions[0]?.changes.map((ch) => [ch.kind, ch.payload])).toEqual([
      ["assignment.remove", { assignmentId: c.secretaryAssignmentId }],
      ["assignment.add", { roleId: c.secretaryRoleId, membershipId: c.member.membershipId, termEndsOn: "2099-12-31" }],
    ]);
    expect(proposal.affectedCircles.map((pc) => pc.circleId)).toEqual([c.circleId]);

    const round = await db.consentRound.findFirstOrThrow({ where: { proposalId }, include: { participants: true } });
    expect(round.meetingId).toBe(meetingId);
    expect(round.deadlineAt).toBeNull();
    expect(round.participants.filter((p) => p.answersLast).map((p) => p.userId)).toEqual([c.member.userId]);
    expect(round.participants.map((p) => p.userId).sort()).toEqual([c.proposer.userId, c.facilitator.userId, c.member.userId, c.admin.userId].sort());

    expect(await answerRound(db, c.member, { proposalId, kind: "consent", reason: "" })).toEqual({ ok: false, reason: "must_answer_last" });
    for (const who of [c.proposer, c.facilitator, c.admin]) expect(await answerRound(db, who, { proposalId, kind: "consent", reason: "" })).toMatchObject({ ok: true });
    expect(await answerRound(db, c.member, { proposalId, kind: "consent", reason: "" })).toMatchObject({ ok: true, state: { status: "adopted" } });

    const decision = await db.decision.findFirstOrThrow({ where: { proposalId } });
    expect(decision.meetingId).toBe(meetingId);
    const assignments = await db.roleAssignment.findMany({ where: { roleId: c.secretaryRoleId }, orderBy: { startedAt: "asc" } });
    expect(assignments.map((a) => [a.membershipId, a.endedAt !== null, a.termEndsOn?.toISOString().slice(0, 10) ?? null])).toEqual([
      [c.admin.membershipId, true, null],
      [c.member.membershipId, false, "2099-12-31"],
    ]);
  });

  it("re-electing the holder renews their term instead of a second assignment", async () => {
    const c = await createElectionFixture(db);
    const { meetingId, itemId } = await electionUnderWay(db, c);
    const f = as(c.facilitator);
    await openNominations(db, f, meetingId, itemId);
    await nominate(db, as(c.member), meetingId, itemId, { nomineeMembershipId: c.admin.membershipId, reason: "Continuité" });
    await revealNominations(db, f, meetingId, itemId);
    const proposed = await proposeNominee(db, f, meetingId, itemId, { nomineeMembershipId: c.admin.membershipId });
    const proposalId = (proposed as { proposalId: string }).proposalId;
    const changes = await db.proposalChange.findMany({ where: { version: { proposalId } } });
    expect(changes.map((ch) => [ch.kind, ch.payload])).toEqual([["assignment.update", { assignmentId: c.secretaryAssignmentId, termEndsOn: "2099-06-30" }]]);
    for (const who of [c.proposer, c.facilitator, c.member, c.admin]) await answerRound(db, who, { proposalId, kind: "consent", reason: "" });
    const assignments = await db.roleAssignment.findMany({ where: { roleId: c.secretaryRoleId } });
    expect(assignments.map((a) => [a.membershipId, a.endedAt, a.termEndsOn?.toISOString().slice(0, 10)])).toEqual([[c.admin.membershipId, null, "2099-06-30"]]);
  });

  it("keeps one nomination per participant: nominating again replaces the first", async () => {
    const c = await createElectionFixture(db);
    const { meetingId, itemId } = await electionUnderWay(db, c);
    await openNominations(db, as(c.facilitator), meetingId, itemId);
    expect(await nominate(db, as(c.proposer), meetingId, itemId, { nomineeMembershipId: c.member.membershipId, reason: "Premier choix" })).toEqual({ ok: true });
    expect(await nominate(db, as(c.proposer), meetingId, itemId, { nomineeMembershipId: c.admin.membershipId, reason: "Second choix" })).toEqual({ ok: true });
    expect((await detailsOf(db, itemId)).nominations).toEqual([expect.objectContaining({ byUserId: c.proposer.userId, nomineeUserId: c.admin.userId, reason: "Second choix" })]);
  });
});
