import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createOrgFixture } from "@/lib/record/test-fixtures";
import { draftProposal } from "./draft";
import { actorOf, createProposalFixture, createTension } from "./testing/fixtures";

const text = { title: "Suivre la trésorerie", reasons: "Personne ne le fait", body: "" };

describe("drafting a proposal from a tension", () => {
  it("creates the draft, version 1, its circle and an event, and moves the tension to processing", async () => {
    const { fx } = await createProposalFixture(db);
    const tension = await createTension(db, fx, fx.member);
    const result = await draftProposal(db, actorOf(fx, fx.member), { tensionId: tension.id, ...text });
    if (!result.ok) throw new Error(result.reason);
    const proposal = await db.proposal.findUniqueOrThrow({
      where: { id: result.proposalId },
      include: { versions: true, affectedCircles: true },
    });
    expect(proposal).toMatchObject({ status: "draft", circleId: fx.generalCircleId, authorId: fx.member.userId, currentVersion: 1, tensionId: tension.id });
    expect(proposal.versions).toHaveLength(1);
    expect(proposal.versions[0]).toMatchObject({ number: 1, title: text.title, reasons: text.reasons, authorId: fx.member.userId });
    expect(proposal.affectedCircles.map((row) => row.circleId)).toEqual([fx.generalCircleId]);
    expect((await db.tension.findUniqueOrThrow({ where: { id: tension.id } })).status).toBe("processing");
    expect(await db.event.count({ where: { organizationId: fx.organizationId, kind: "proposal.drafted", subjectId: result.proposalId } })).toBe(1);
  });

  it("refuses anyone but the tension's author, operational tensions and closed tensions, writing nothing", async () => {
    const { fx } = await createProposalFixture(db);
    const tension = await createTension(db, fx, fx.member);
    const operational = await createTension(db, fx, fx.member, { kind: "operational" });
    const resolved = await createTension(db, fx, fx.member, { status: "resolved" });
    const draft = await createTension(db, fx, fx.member, { status: "draft" });
    expect(await draftProposal(db, actorOf(fx, fx.admin), { tensionId: tension.id, ...text })).toEqual({ ok: false, reason: "forbidden" });
    expect(await draftProposal(db, actorOf(fx, fx.member), { tensionId: operational.id, ...text })).toEqual({ ok: false, reason: "not_governance" });
    expect(await draftProposal(db, actorOf(fx, fx.member), { tensionId: resolved.id, ...text })).toEqual({ ok: false, reason: "tension_closed" });
    expect(await draftProposal(db, actorOf(fx, fx.member), { tensionId: draft.id, ...text })).toEqual({ ok: false, reason: "tension_closed" });
    expect(await db.proposal.count({ where: { organizationId: fx.organizationId } })).toBe(0);
    expect((await db.tension.findUniqueOrThrow({ where: { id: tension.id } })).status).toBe("open");
  });

  it("refuses an empty title with its message key", async () => {
    const { fx } = await createProposalFixture(db);
    const tension = await createTension(db, fx, fx.member);
    const result = await draftProposal(db, actorOf(fx, fx.member), { tensionId: tension.id, ...text, title: "  " });
    expect(result).toMatchObject({ ok: false, reason: "invalid", issues: [{ path: "title", message: "proposals.errors.titleRequired" }] });
  });

  it("an Interpôles proposal affects other circles of the organisation, never another organisation's", async () => {
    const { fx } = await createProposalFixture(db);
    const other = await createOrgFixture(db);
    const pole = await db.circle.create({ data: { organizationId: fx.organizationId, parentId: fx.generalCircleId, kind: "pole", name: "Pôle" } });
    const tension = await createTension(db, fx, fx.member, { isInterpoles: true });
    const foreign = await draftProposal(db, actorOf(fx, fx.member), { tensionId: tension.id, ...text, circleIds: [other.generalCircleId] });
    expect(foreign).toEqual({ ok: false, reason: "circle_invalid" });
    const result = await draftProposal(db, actorOf(fx, fx.member), { tensionId: tension.id, ...text, circleIds: [pole.id] });
    if (!result.ok) throw new Error(result.reason);
    const circles = await db.proposalCircle.findMany({ where: { proposalId: result.proposalId }, select: { circleId: true } });
    expect(circles.map((row) => row.circleId).sort()).toEqual([fx.generalCircleId, pole.id].sort());
    expect((await db.proposal.findUniqueOrThrow({ where: { id: result.proposalId } })).isInterpoles).toBe(true);
  });

  it("another organisation's tension is not found", async () => {
    const { fx } = await createProposalFixture(db);
    const other = await createOrgFixture(db);
    const tension = await createTension(db, other, other.member);
    // Even its own author, acting in the first organisation, cannot reach it.
    const result = await draftProposal(db, { organization: { id: fx.organizationId }, user: { id: other.member.userId } }, { tensionId: tension.id, ...text });
    expect(result).toEqual({ ok: false, reason: "not_found" });
  });
});
