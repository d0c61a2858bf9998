// A round whose deadline passed while the app was down is closed when the app starts, before any
// request: the child process runs exactly what Next runs at start-up (instrumentation.ts's
// register(): the job runner, then the catch-up sweep) on a database where the deadline passed
// with no instance running.
import { afterAll, describe, expect, it } from "vitest";
import { answerRound, openRound, submitProposal } from "@/lib/rounds/mutations";
import { createConsentFixture, createProposal } from "@/lib/rounds/testing/fixtures";
import { db } from "@/lib/server/db";
import { startChild, stopChild } from "./support/children";

afterAll(() => db.$disconnect());

describe("an app instance starting after a deadline passed", () => {
  it("closes the round at start, once, without any request", async () => {
    const c = await createConsentFixture(db);
    const proposalId = await createProposal(db, c);
    await submitProposal(db, c.proposer, { proposalId, path: "light" });
    const deadlineAt = new Date(Date.now() + 1000);
    const opened = await openRound(db, c.proposer, { proposalId, asynchronous: true, deadlineAt });
    if (!opened.ok) throw new Error(opened.reason);
    await answerRound(db, c.member, { proposalId, kind: "objection", reason: "Pas sûr que ce soit utile" });
    // "The app is down": nothing runs the sweep in this process while the deadline passes.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, deadlineAt.getTime() - Date.now() + 200)));
    expect(await db.consentRound.findFirstOrThrow({ where: { proposalId }, select: { status: true } })).toEqual({ status: "open" });

    const app = startChild("start-cli.ts", []);
    try {
      await app.waitFor("registered");
      // The catch-up run says when it is done; by then the round is closed (not by a later tick).
      await app.waitFor("rounds.close-due at start:", 45_000);
      const round = await db.consentRound.findFirstOrThrow({ where: { proposalId } });
      expect(round).toMatchObject({ status: "closed", result: "objections" });
      expect(await db.proposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({ status: "in_process", step: "integration" });
      expect(await db.event.count({ where: { subjectId: proposalId, kind: "consent.deadline" } })).toBe(1);
      // The instance is still up: closing the round did not crash or end it.
      expect(app.process.exitCode).toBeNull();
    } finally {
      await stopChild(app);
    }
  }, 60_000);
});
