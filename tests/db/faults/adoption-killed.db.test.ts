// The app process killed in the middle of an adoption: the last consent of a round is being
// written (answer saved, round closed, Decision created) and the record's changes are next when
// the process dies. PostgreSQL must roll the whole transaction back: after the crash the record is
// as it was, with no Decision and the round still open; answering again then adopts, once.
// No production hook: the test holds the record's lock (lib/record/apply.ts takes it per
// organisation) so that the child's adoption waits on it, sees it waiting in pg_stat_activity,
// and kills the child with SIGKILL there.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { answerRound, openRound, submitProposal } from "@/lib/rounds/mutations";
import { createConsentFixture, createProposal, type ConsentFixture } from "@/lib/rounds/testing/fixtures";
import { db } from "@/lib/server/db";
import { startChild, stopChild } from "./support/children";

afterAll(() => db.$disconnect());

async function lastAnswerPending(): Promise<{ c: ConsentFixture; proposalId: string }> {
  const c = await createConsentFixture(db);
  const proposalId = await createProposal(db, c);
  await submitProposal(db, c.proposer, { proposalId, path: "light" });
  const opened = await openRound(db, c.proposer, { proposalId, asynchronous: true, deadlineAt: new Date(Date.now() + 3600_000) });
  if (!opened.ok) throw new Error(opened.reason);
  for (const who of [c.proposer, c.admin, c.facilitator]) {
    const answered = await answerRound(db, who, { proposalId, kind: "consent", reason: "" });
    if (!answered.ok) throw new Error(answered.reason);
  }
  return { c, proposalId };
}

/** What an adoption changes, to compare before and after. */
async function snapshot(c: ConsentFixture, proposalId: string) {
  const organizationId = c.fx.organizationId;
  const [proposal, round, decisions, recordChanges, accountabilities, answers, events] = await Promise.all([
    db.proposal.findUniqueOrThrow({ where: { id: proposalId }, select: { status: true, step: true } }),
    db.consentRound.findFirstOrThrow({ where: { proposalId }, select: { status: true } }),
    db.decision.count({ where: { proposalId } }),
    db.recordChange.count({ where: { organizationId } }),
    db.accountability.count({ where: { roleId: c.roleId, archivedAt: null } }),
    db.response.count({ where: { round: { proposalId } } }),
    db.event.count({ where: { organizationId } }),
  ]);
  return { proposal, round: round.status, decisions, recordChanges, accountabilities, answers, events };
}

async function waitUntil<T>(probe: () => Promise<T | null | undefined>, what: string, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the app process killed during an adoption", () => {
  it("leaves the record entirely unchanged, and the same answer adopts afterwards", async () => {
    const { c, proposalId } = await lastAnswerPending();
    const before = await snapshot(c, proposalId);
    expect(before).toMatchObject({ proposal: { status: "in_process" }, round: "open", decisions: 0, accountabilities: 1 });

    const appName = `fault-adoption-${randomUUID().slice(0, 8)}`;
    const locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await locker.connect();
    const lockKey = `interpoles.record:${c.fx.organizationId}`;
    await locker.query("SELECT pg_advisory_lock(hashtext($1))", [lockKey]);
    const child = startChild("answer-cli.ts", [JSON.stringify({
      tasks: [{ organizationId: c.fx.organizationId, proposalId, userId: c.member.userId, permission: "member", kind: "consent", reason: "" }],
    })], { FAULT_APP_NAME: appName });
    try {
      // The child's transaction has written (backend_xid is set once it writes) and now waits for
      // the record's lock: it is in the middle of the adoption.
      const backend = await waitUntil(async () => {
        const { rows } = await locker.query<{ pid: number; xid: string | null }>(
          `SELECT pid, backend_xid::text AS xid FROM pg_stat_activity
           WHERE application_name = $1 AND wait_event_type = 'Lock' AND wait_event = 'advisory'`, [appName]);
        return rows[0];
      }, "the child's adoption to wait on the record lock");
      expect(backend.xid).not.toBeNull();
      child.process.kill("SIGKILL");
      expect(await child.exited).toBe("SIGKILL");
    } finally {
      await locker.query("SELECT pg_advisory_unlock(hashtext($1))", [lockKey]);
      await stopChild(child);
    }
    // PostgreSQL ends the orphaned session (rolling its transaction back) once it runs again.
    await waitUntil(async () => {
      const { rows } = await locker.query("SELECT 1 FROM pg_stat_activity WHERE application_name = $1", [appName]);
      return rows.length === 0;
    }, "the killed instance's session to end");
    await locker.end();

    // Not at all: the answer, the round's closing, the Decision and the record's changes are gone together.
    expect(await snapshot(c, proposalId)).toEqual(before);

    // The member answers again (the page still shows the open round): the adoption completes, once.
    const again = await answerRound(db, c.member, { proposalId, kind: "consent", reason: "" });
    if (!again.ok) throw new Error(again.reason);
    expect(again.decisionId).not.toBeNull();
    const after = await snapshot(c, proposalId);
    expect(after).toMatchObject({ proposal: { status: "adopted" }, round: "closed", decisions: 1, accountabilities: 2, answers: before.answers + 1 });
    // Entirely: every change of the set is in the record's history under that Decision.
    const applied = await db.recordChange.findMany({ where: { organizationId: c.fx.organizationId, decisionId: again.decisionId } });
    expect(applied.map((row) => [row.entity, row.action])).toEqual([["accountability", "created"]]);
  }, 60_000);
});
