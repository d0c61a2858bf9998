import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createOrgFixture } from "@/lib/record/test-fixtures";
import { amendProposal, editProposal, withdrawProposal } from "./mutations";
import { actorOf, createDraft, createProposalFixture } from "./testing/fixtures";

async function versions(proposalId: string) {
  return db.proposalVersion.findMany({
    where: { proposalId }, orderBy: { number: "asc" },
    select: { number: true, title: true, changes: { select: { position: true, kind: true, payload: true }, orderBy: { position: "asc" } } },
  });
}

describe("saving a draft's change set", () => {
  it("stores validated changes in order, refs included, on version 1 in place", async () => {
    const { fx, roleId } = await createProposalFixture(db);
    const { proposalId } = await createDraft(db, fx, fx.member);
    const result = await editProposal(db, actorOf(fx, fx.member), proposalId, (current) => ({
      ...current,
      changes: [
        { kind: "accountability.add", roleId, description: "Suivre la trésorerie" },
        { kind: "role.create", ref: "coord", circleId: fx.generalCircleId, name: "Coordination" },
        { kind: "accountability.add", roleId: "ref:coord", description: "Coordonner" },
      ],
    }));
    expect(result).toMatchObject({ ok: true, number: 1, amended: false });
    const [v1, ...rest] = await versions(proposalId);
    expect(rest).toEqual([]);
    expect(v1!.changes.map((row) => [row.position, row.kind])).toEqual([[0, "accountability.add"], [1, "role.create"], [2, "accountability.add"]]);
    expect(v1!.changes[2]!.payload).toEqual({ roleId: "ref:coord", description: "Coordonner" });
    expect(await db.event.count({ where: { subjectId: proposalId, kind: "proposal.edited" } })).toBe(1);
  });

  it("refuses an invalid change with its position and field, and an unknown ref, changing nothing", async () => {
    const { fx, roleId } = await createProposalFixture(db);
    const { proposalId } = await createDraft(db, fx, fx.member);
    const actor = actorOf(fx, fx.member);
    const invalid = await editProposal(db, actor, proposalId, (current) => ({
      ...current,
      changes: [{ kind: "accountability.add", roleId, description: "Bien" }, { kind: "policy.add", circleId: fx.generalCircleId, title: "" }],
    }));
    expect(invalid).toEqual({ ok: false, reason: "invalid_change", index: 1, refusal: "invalid", field: "title" });
    const badRef = await editProposal(db, actor, proposalId, (current) => ({
      ...current, changes: [{ kind: "accountability.add", roleId: "ref:ghost", description: "X" }],
    }));
    expect(badRef).toMatchObject({ ok: false, reason: "invalid_change", index: 0, refusal: "unknown_ref" });
    const emptyTitle = await editProposal(db, actor, proposalId, (current) => ({ ...current, title: "" }));
    expect(emptyTitle).toMatchObject({ ok: false, reason: "invalid_text", issues: [{ path: "title", message: "proposals.errors.titleRequired" }] });
    const [v1] = await versions(proposalId);
    expect(v1).toMatchObject({ title: "Suivre la trésorerie", changes: [] });
  });

  it("only the proposer edits; another organisation's id is not found", async () => {
    const { fx } = await createProposalFixture(db);
    const { proposalId } = await createDraft(db, fx, fx.member);
    const inProcess = await createDraft(db, fx, fx.member, true);
    const other = await createOrgFixture(db);
    const same = (current: Parameters<Parameters<typeof editProposal>[3]>[0]) => current;
    expect(await editProposal(db, actorOf(fx, fx.admin), proposalId, same)).toEqual({ ok: false, reason: "not_found" });
    expect(await editProposal(db, actorOf(fx, fx.admin), inProcess.proposalId, same)).toEqual({ ok: false, reason: "forbidden" });
    expect(await editProposal(db, actorOf(other, other.member), proposalId, same)).toEqual({ ok: false, reason: "not_found" });
    expect(await amendProposal(db, { organization: { id: other.organizationId }, user: { id: fx.member.userId } }, { proposalId: inProcess.proposalId, changes: [] }))
      .toEqual({ ok: false, reason: "not_found" });
  });
});

describe("amending a proposal in process", () => {
  it("creates a new version with a copy of the change set and never alters the old one", async () => {
    const { fx, roleId } = await createProposalFixture(db);
    const { proposalId } = await createDraft(db, fx, fx.member);
    const actor = actorOf(fx, fx.member);
    await editProposal(db, actor, proposalId, (c) => ({ ...c, changes: [{ kind: "accountability.add", roleId, description: "Suivre" }] }));
    await db.proposal.update({ where: { id: proposalId }, data: { status: "in_process" } });
    const before = await versions(proposalId);

    const amended = await editProposal(db, actor, proposalId, (c) => ({
      ...c, title: "Suivre la trésorerie chaque mois", changes: [...c.changes, { kind: "policy.add", circleId: fx.generalCircleId, title: "Budget" }],
    }), { expectedVersion: 1 });
    expect(amended).toMatchObject({ ok: true, number: 2, amended: true });
    const after = await versions(proposalId);
    expect(after[0]).toEqual(before[0]);
    expect(after[1]).toMatchObject({ number: 2, title: "Suivre la trésorerie chaque mois" });
    expect(after[1]!.changes.map((row) => row.kind)).toEqual(["accountability.add", "policy.add"]);
    expect((await db.proposal.findUniqueOrThrow({ where: { id: proposalId } })).currentVersion).toBe(2);
    const event = await db.event.findFirstOrThrow({ where: { subjectId: proposalId, kind: "proposal.amended" } });
    expect(event.data).toMatchObject({ number: 2 });
  });

  it("amendProposal only amends proposals in process and reports a stale view", async () => {
    const { fx, roleId } = await createProposalFixture(db);
    const draft = await createDraft(db, fx, fx.member);
    const actor = actorOf(fx, fx.member);
    const change = { kind: "accountability.add", roleId, description: "Intégrer l’objection" };
    expect(await amendProposal(db, actor, { proposalId: draft.proposalId, changes: [change] })).toEqual({ ok: false, reason: "not_in_process" });
    const live = await createDraft(db, fx, fx.member, true);
    const first = await amendProposal(db, actor, { proposalId: live.proposalId, changes: [change], addressesObjectionIds: [] });
    expect(first).toMatchObject({ ok: true, number: 2 });
    expect(await amendProposal(db, actor, { proposalId: live.proposalId, changes: [], expectedVersion: 1 })).toEqual({ ok: false, reason: "stale" });
  });

  it("two concurrent amendments from the same version: one new version, the other is stale", async () => {
    const { fx, roleId } = await createProposalFixture(db);
    const { proposalId } = await createDraft(db, fx, fx.member, true);
    const actor = actorOf(fx, fx.member);
    const outcomes = await Promise.all(
      ["A", "B", "C"].map((name) =>
        amendProposal(db, actor, { proposalId, expectedVersion: 1, changes: [{ kind: "accountability.add", roleId, description: name }] }),
      ),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok)).toEqual([{ ok: false, reason: "stale" }, { ok: false, reason: "stale" }]);
    const rows = await versions(proposalId);
    expect(rows.map((row) => row.number)).toEqual([1, 2]);
    expect(rows[0]!.changes).toEqual([]);
  });

  it("concurrent amendments without an expected version are serialised into consecutive versions", async () => {
    const { fx, roleId } = await createProposalFixture(db);
    const { proposalId } = await createDraft(db, fx, fx.member, true);
    const actor = actorOf(fx, fx.member);
    const outcomes = await Promise.all(
      ["A", "B"].map((name) => amendProposal(db, actor, { proposalId, changes: [{ kind: "accountability.add", roleId, description: name }] })),
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect((await versions(proposalId)).map((row) => row.number)).toEqual([1, 2, 3]);
  });
});

describe("withdrawing a draft", () => {
  it("withdraws the proposer's draft and reopens its tension; refuses others and proposals in process", async () => {
    const { fx } = await createProposalFixture(db);
    const { proposalId, tensionId } = await createDraft(db, fx, fx.member);
    expect(await withdrawProposal(db, actorOf(fx, fx.admin), proposalId)).toEqual({ ok: false, reason: "not_found" });
    expect(await withdrawProposal(db, actorOf(fx, fx.member), proposalId)).toEqual({ ok: true });
    expect((await db.proposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe("withdrawn");
    expect((await db.tension.findUniqueOrThrow({ where: { id: tensionId } })).status).toBe("open");
    expect(await withdrawProposal(db, actorOf(fx, fx.member), proposalId)).toEqual({ ok: false, reason: "closed" });
    const live = await createDraft(db, fx, fx.member, true);
    expect(await withdrawProposal(db, actorOf(fx, fx.member), live.proposalId)).toEqual({ ok: false, reason: "closed" });
  });
});
