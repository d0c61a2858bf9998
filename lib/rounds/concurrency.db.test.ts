// Races the lock must settle: every event of one proposal runs under its row lock, so concurrent
// writers see each other's result; the partial unique indexes are the second line.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { loadProcess } from "./load";
import { answerRound, openRound, submitProposal } from "./mutations";
import { closeDueRounds } from "./sweep";
import { createConsentFixture, createProposal, type ConsentFixture } from "./testing/fixtures";

afterAll(() => db.$disconnect());

async function inRound(c: ConsentFixture, deadlineAt: Date) {
  const proposalId = await createProposal(db, c);
  await submitProposal(db, c.proposer, { proposalId, path: "light" });
  const opened = await openRound(db, c.proposer, { proposalId, asynchronous: true, deadlineAt });
  if (!opened.ok) throw new Error(opened.reason);
  return proposalId;
}

describe("concurrent events of one process", () => {
  it("ten simultaneous answers of one member leave exactly one current answer", async () => {
    const c = await createConsentFixture(db);
    const proposalId = await inRound(c, new Date(Date.now() + 3600_000));
    const kinds = Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? "consent" : "objection") as "consent" | "objection");
    const results = await Promise.all(kinds.map((kind) => answerRound(db, c.member, { proposalId, kind, reason: kind === "objection" ? "Non" : "" })));
    expect(results.every((r) => r.ok)).toBe(true);
    const rows = await db.response.findMany({ where: { round: { proposalId }, userId: c.member.userId } });
    expect(rows).toHaveLength(10);
    expect(rows.filter((r) => r.supersededAt === null)).toHaveLength(1);
  });

  it("members answering again and again at once: one current answer each, every answer journaled, objections with their rows and notices", async () => {
    const c = await createConsentFixture(db);
    const proposalId = await inRound(c, new Date(Date.now() + 3600_000));
    // The proposer never answers, so the round stays open whatever the order.
    const who = [c.member, c.admin, c.facilitator];
    const calls = who.flatMap((person) => Array.from({ length: 4 }, (_, i) => ({ person, kind: (i % 2 === 0 ? "objection" : "consent") as "consent" | "objection" })));
    const results = await Promise.all(calls.map(({ person, kind }) => answerRound(db, person, { proposalId, kind, reason: kind === "objection" ? "Non" : "" })));
    expect(results.every((r) => r.ok)).toBe(true);
    const rows = await db.response.findMany({ where: { round: { proposalId } }, select: { id: true, userId: true, kind: true, supersededAt: true, objection: { select: { id: true, verdict: true } } } });
    expect(rows).toHaveLength(calls.length);
    for (const person of who) expect(rows.filter((r) => r.userId === person.userId && r.supersededAt === null)).toHaveLength(1);
    for (const row of rows) expect(row.objection).toEqual(row.kind === "objection" ? { id: row.id, verdict: "pending" } : null);
    expect(await db.event.count({ where: { subjectId: proposalId, kind: "consent.answer" } })).toBe(calls.length);
    expect(await db.notification.count({ where: { membershipId: c.proposer.membershipId, kind: "consent.objection_raised" } })).toBe(calls.length / 2);
    const loaded = await db.$transaction((tx) => loadProcess(tx, c.fx.organizationId, proposalId));
    expect(loaded?.state.round?.answers.map((a) => a.userId).sort()).toEqual(who.map((p) => p.userId).sort());
    expect(loaded?.state.round?.superseded).toHaveLength(calls.length - who.length);
  });

  it("the deadline sweep racing the last answer gives one outcome and one application of the changes", async () => {
    for (let attempt = 0; attempt < 4; attempt++) {
      const c = await createConsentFixture(db);
      const deadlineAt = new Date(Date.now() + 1000);
      const proposalId = await inRound(c, deadlineAt);
      for (const who of [c.proposer, c.admin, c.facilitator]) await answerRound(db, who, { proposalId, kind: "consent", reason: "" });
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, deadlineAt.getTime() - Date.now() + 5)));
      const [last] = await Promise.all([
        answerRound(db, c.member, { proposalId, kind: "consent", reason: "" }),
        closeDueRounds(db, new Date(deadlineAt.getTime() + 1)),
        closeDueRounds(db, new Date(deadlineAt.getTime() + 1)),
      ]);
      // The answer lost the race when the round was already closed; either way one adoption.
      expect(last.ok || last.reason === "round_closed").toBe(true);
      expect((await db.proposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe("adopted");
      const decisions = await db.decision.findMany({ where: { proposalId } });
      expect(decisions).toHaveLength(1);
      const applied = await db.recordChange.findMany({ where: { organizationId: c.fx.organizationId, entity: "accountability", action: "created", decisionId: { not: null } } });
      expect(applied.map((r) => r.decisionId)).toEqual([decisions[0]!.id]);
      expect(await db.accountability.count({ where: { roleId: c.roleId, archivedAt: null } })).toBe(2);
      expect(await db.event.count({ where: { subjectId: proposalId, kind: "proposal.adopted" } })).toBe(1);
    }
  });

  it("two sweeps racing close a round once", async () => {
    const c = await createConsentFixture(db);
    const deadlineAt = new Date(Date.now() + 500);
    const proposalId = await inRound(c, deadlineAt);
    await answerRound(db, c.member, { proposalId, kind: "objection", reason: "Pas sûr" });
    await new Promise((resolve) => setTimeout(resolve, 600));
    const now = new Date(deadlineAt.getTime() + 1);
    await Promise.all([closeDueRounds(db, now), closeDueRounds(db, now)]);
    const round = await db.consentRound.findFirstOrThrow({ where: { proposalId } });
    expect(round).toMatchObject({ status: "closed", result: "objections" });
    expect(await db.event.count({ where: { subjectId: proposalId, kind: "consent.deadline" } })).toBe(1);
    expect(await db.notification.count({ where: { organizationId: c.fx.organizationId, kind: "consent.integration_needed" } })).toBe(2);
    expect(await db.proposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({ status: "in_process", step: "integration" });
  });
});
