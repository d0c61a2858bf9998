// Two app instances on one database answering the same rounds: two processes, each with its own
// connection pool, answer the same open rounds at the same moment, as the same participant and as
// different ones, then race to give the last answer. Nothing may be lost (every answer is kept,
// superseded ones included), each participant has exactly one current answer, and each proposal
// is adopted once. lib/rounds/concurrency.db.test.ts covers the same races inside one process.
import { afterAll, describe, expect, it } from "vitest";
import { openRound, submitProposal } from "@/lib/rounds/mutations";
import { createConsentFixture, createProposal, type TestPerson } from "@/lib/rounds/testing/fixtures";
import { db } from "@/lib/server/db";
import { type AnswerTask, answerResults, startChild, stopChild } from "./support/children";

afterAll(() => db.$disconnect());

const ROUNDS = 3;
const REPEATS = 4;

describe("two app instances answering the same rounds", () => {
  it("lose no answer, keep one current answer per participant and adopt each proposal once", async () => {
    const c = await createConsentFixture(db);
    const organizationId = c.fx.organizationId;
    const proposalIds: string[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const proposalId = await createProposal(db, c, `Publier les comptes, version ${i + 1}`);
      await submitProposal(db, c.proposer, { proposalId, path: "light" });
      const opened = await openRound(db, c.proposer, { proposalId, asynchronous: true, deadlineAt: new Date(Date.now() + 3600_000) });
      if (!opened.ok) throw new Error(opened.reason);
      proposalIds.push(proposalId);
    }
    const task = (who: TestPerson, proposalId: string): AnswerTask => ({
      organizationId, proposalId, userId: who.userId, permission: who.membership.permission, kind: "consent", reason: "",
    });
    const tasks = (people: TestPerson[]) => proposalIds.flatMap((id) => people.flatMap((who) => Array.from({ length: REPEATS }, () => task(who, id))));
    const race = async (a: AnswerTask[], b: AnswerTask[]) => {
      const instances = [a, b].map((tasks) => startChild("answer-cli.ts", [JSON.stringify({ waitForGo: true, tasks })]));
      try {
        // Both connected first, then both told to go: they really run at the same time.
        await Promise.all(instances.map((i) => i.waitFor("ready", 60_000)));
        for (const instance of instances) instance.send("go");
        return await Promise.all(instances.map(answerResults));
      } finally {
        await Promise.all(instances.map(stopChild));
      }
    };

    // First race: the member answers from both instances; the admin from one, the facilitator from
    // the other. Nobody gives the last answer yet (the proposer has not answered): rounds stay open.
    const [first, second] = await race(tasks([c.member, c.admin]), tasks([c.member, c.facilitator]));
    expect([...first!, ...second!].every((r) => r.ok)).toBe(true);
    for (const proposalId of proposalIds) {
      const rows = await db.response.findMany({ where: { organizationId, round: { proposalId } } });
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      const byPerson = (who: TestPerson) => rows.filter((r) => r.userId === who.userId);
      // Every answer is kept: 2 instances × REPEATS for the member, REPEATS for the others.
      expect(byPerson(c.member)).toHaveLength(2 * REPEATS);
      expect(byPerson(c.admin)).toHaveLength(REPEATS);
      expect(byPerson(c.facilitator)).toHaveLength(REPEATS);
      for (const who of [c.member, c.admin, c.facilitator]) {
        expect(byPerson(who).filter((r) => r.supersededAt === null)).toHaveLength(1);
      }
      expect(await db.event.count({ where: { subjectId: proposalId, kind: "consent.answer" } })).toBe(4 * REPEATS);
    }

    // Second race: both instances give the proposer's answer, the last one, at the same moment.
    const [a, b] = await race(tasks([c.proposer]), tasks([c.proposer]));
    for (const result of [...a!, ...b!]) expect(result.ok || result.reason === "round_closed").toBe(true);
    // One answer per proposal adopted it, whichever instance gave it.
    expect([...a!, ...b!].filter((r) => r.ok && r.decisionId)).toHaveLength(ROUNDS);
    for (const proposalId of proposalIds) {
      expect(await db.proposal.findUniqueOrThrow({ where: { id: proposalId }, select: { status: true } })).toEqual({ status: "adopted" });
      const decisions = await db.decision.findMany({ where: { proposalId } });
      expect(decisions).toHaveLength(1);
      expect(await db.recordChange.count({ where: { organizationId, decisionId: decisions[0]!.id } })).toBe(1);
      const current = await db.response.findMany({ where: { organizationId, round: { proposalId }, supersededAt: null } });
      expect(current.map((r) => r.userId).sort()).toEqual([c.proposer, c.member, c.admin, c.facilitator].map((p) => p.userId).sort());
    }
    // Each proposal added its accountability once.
    expect(await db.accountability.count({ where: { roleId: c.roleId, archivedAt: null } })).toBe(1 + ROUNDS);
  }, 90_000);
});
