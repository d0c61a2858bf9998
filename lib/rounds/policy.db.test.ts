// The permission matrix against the real use cases: for every actor (admin / member / observer,
// in the circle or not, plus the proposer and the facilitator), every process state (round open,
// round closed on an objection awaiting integration) and every action, `can` says yes exactly when
// the action succeeds. Each case runs on a fresh proposal (a success changes the state).
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { amendForIntegration } from "./amend";
import { actorOf } from "./capacities";
import type { ProcessContext } from "./context";
import { loadProcess } from "./load";
import * as m from "./mutations";
import { can, PROCESS_ACTIONS, type ProcessAction } from "./policy";
import { createConsentFixture, createProposal, person, type ConsentFixture } from "./testing/fixtures";

afterAll(() => db.$disconnect());

type Setup = { proposalId: string; objectionId: string; version: number };

async function roundOpen(c: ConsentFixture): Promise<Setup> {
  const proposalId = await createProposal(db, c);
  await m.submitProposal(db, c.proposer, { proposalId, path: "light" });
  await m.openRound(db, c.proposer, { proposalId, asynchronous: true });
  await m.answerRound(db, c.member, { proposalId, kind: "objection", reason: "Trop souvent" });
  const objection = await db.objection.findFirstOrThrow({ where: { response: { round: { proposalId } } } });
  return { proposalId, objectionId: objection.id, version: 1 };
}

async function roundClosed(c: ConsentFixture): Promise<Setup> {
  const setup = await roundOpen(c);
  for (const who of [c.proposer, c.admin, c.facilitator]) await m.answerRound(db, who, { proposalId: setup.proposalId, kind: "consent", reason: "" });
  const criteria = { reducesCapacity: null, createdByProposal: null, notSafeToTry: null, limitsObjectorRole: null, breaksRules: true };
  await m.testObjection(db, c.facilitator, { proposalId: setup.proposalId, objectionId: setup.objectionId, criteria, verdict: "valid", note: "" });
  const amended = await amendForIntegration(db, c.proposer, { proposalId: setup.proposalId, addresses: [setup.objectionId], title: "T", reasons: "R", body: "", expectedVersion: 1 });
  if (!amended.ok) throw new Error(`setup: ${JSON.stringify(amended)}`);
  return { ...setup, version: 2 };
}

function perform(action: ProcessAction, ctx: ProcessContext, s: Setup) {
  const proposalId = s.proposalId;
  const criteria = { reducesCapacity: null, createdByProposal: null, notSafeToTry: null, limitsObjectorRole: null, breaksRules: true };
  switch (action) {
    case "submit": return m.submitProposal(db, ctx, { proposalId, path: "light" });
    case "advance": return m.advanceStep(db, ctx, { proposalId });
    case "open_round": return m.openRound(db, ctx, { proposalId, asynchronous: true });
    case "answer": return m.answerRound(db, ctx, { proposalId, kind: "consent", reason: "" });
    case "close_round": return m.closeRound(db, ctx, { proposalId });
    case "test_objection": return m.testObjection(db, ctx, { proposalId, objectionId: s.objectionId, criteria, verdict: "valid", note: "" });
    case "confirm_integration": return m.confirmIntegration(db, ctx, { proposalId, objectionId: s.objectionId });
    case "amend": return amendForIntegration(db, ctx, { proposalId, addresses: [], title: "T", reasons: "R2", body: "", expectedVersion: s.version });
    case "escalate": return m.escalateProcess(db, ctx, { proposalId });
    case "withdraw": return m.withdrawProcess(db, ctx, { proposalId });
    case "abandon": return m.abandonProcess(db, ctx, { proposalId });
    case "resume": return m.resumeProcess(db, ctx, { proposalId, path: "full" });
  }
}

async function predicted(c: ConsentFixture, ctx: ProcessContext & { userId: string }, action: ProcessAction, s: Setup): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const loaded = await loadProcess(tx, c.fx.organizationId, s.proposalId);
    if (!loaded) throw new Error("setup lost");
    const actor = await actorOf(tx, c.fx.organizationId, c.circleId, ctx.userId);
    return can({ ...actor, facilitator: actor.facilitator === true, leadLink: actor.leadLink === true, permission: ctx.membership.permission }, action, loaded.state, Date.now(), s.objectionId);
  });
}

describe("permission matrix", () => {
  it("allowed ⇔ succeeded, for every actor × round state × action", { timeout: 600_000 }, async () => {
    const c = await createConsentFixture(db);
    const org = c.fx.organizationId;
    const actors = {
      "admin in circle": c.admin, "admin outside": await person(db, org, "admin", null),
      "member in circle (objector)": c.member, "member outside": c.outsider,
      "observer in circle": c.observer, "observer outside": await person(db, org, "observer", null),
      proposer: c.proposer, facilitator: c.facilitator,
    };
    const rows: string[] = [];
    let allowedCount = 0;
    for (const [state, setup] of [["open", roundOpen], ["closed", roundClosed]] as const) {
      for (const action of PROCESS_ACTIONS) {
        await Promise.all(Object.entries(actors).map(async ([name, who]) => {
          const s = await setup(c);
          const allowed = await predicted(c, who, action, s);
          const result = await perform(action, who, s);
          if (allowed) allowedCount++;
          if (allowed !== result.ok) rows.push(`${state} × ${action} × ${name}: can=${allowed}, result=${JSON.stringify(result)}`);
        }));
      }
    }
    expect(rows).toEqual([]);
    // The matrix is not vacuous: the proposer, the facilitator and participants do succeed.
    expect(allowedCount).toBeGreaterThan(15);
  });

  it("another organisation's member gets not_found for every action", async () => {
    const c = await createConsentFixture(db);
    const other = await createConsentFixture(db);
    const s = await roundClosed(c);
    for (const action of PROCESS_ACTIONS) {
      expect(await perform(action, other.admin, s)).toMatchObject({ ok: false, reason: "not_found" });
    }
    expect(await db.proposal.findUniqueOrThrow({ where: { id: s.proposalId } })).toMatchObject({ status: "in_process", step: "integration", currentVersion: 2 });
  });
});
