// The set as a whole: all or nothing, refs, optimistic concurrency, tenancy, who may apply.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { applyChanges } from "./apply";
import { setGovernanceEditMode } from "./mutations";
import { createOrgFixture, directEdit, recordCounts, refOf, type OrgFixture } from "./test-fixtures";

const circle = (name: string, parentId: string, ref?: string) => ({ kind: "circle.create", ref, parentId, circleKind: "project", name });

async function decisionOf(fx: OrgFixture): Promise<string> {
  const { organizationId, generalCircleId: circleId } = fx;
  const authorId = fx.member.userId;
  const proposal = await db.proposal.create({ data: { organizationId, circleId, authorId, status: "adopted" } });
  const version = await db.proposalVersion.create({ data: { organizationId, proposalId: proposal.id, number: 1, title: "New circle", authorId } });
  const decision = await db.decision.create({ data: { organizationId, proposalId: proposal.id, versionId: version.id, circleId, record: {} } });
  return decision.id;
}

describe("a change set", () => {
  it("writes nothing when its 3rd change is refused after two valid ones", async () => {
    const fx = await createOrgFixture(db);
    const before = await recordCounts(db, fx.organizationId);
    const result = await directEdit(db, fx, [
      circle("A", fx.generalCircleId, "a"),
      { kind: "role.create", circleId: "ref:a", name: "Role" },
      { kind: "circle.archive", circleId: fx.generalCircleId },
    ]);
    expect(result).toEqual({ ok: false, index: 2, reason: "general_circle", field: "circleId" });
    expect(await recordCounts(db, fx.organizationId)).toEqual(before);
  });

  it("refuses an invalid change before touching the database, naming its field", async () => {
    const fx = await createOrgFixture(db);
    const before = await recordCounts(db, fx.organizationId);
    const result = await directEdit(db, fx, [circle("A", fx.generalCircleId), { kind: "role.create", circleId: fx.generalCircleId, name: "  " }]);
    expect(result).toEqual({ ok: false, index: 1, reason: "invalid", field: "name" });
    expect(await directEdit(db, fx, [{ kind: "role.explode" }])).toMatchObject({ ok: false, index: 0, reason: "invalid" });
    expect(await recordCounts(db, fx.organizationId)).toEqual(before);
  });

  it("resolves refs created earlier in the set, and refuses unknown or repeated ones", async () => {
    const fx = await createOrgFixture(db);
    const result = await directEdit(db, fx, [
      circle("A", fx.generalCircleId, "new-circle-1"),
      circle("B", "ref:new-circle-1", "new-circle-2"),
      { kind: "role.create", ref: "role-1", circleId: "ref:new-circle-2", name: "R" },
      { kind: "accountability.add", ref: "acc", roleId: "ref:role-1", description: "Do" },
    ]);
    const a = refOf(result, "new-circle-1");
    const b = refOf(result, "new-circle-2");
    expect(await db.circle.findUniqueOrThrow({ where: { id: b } })).toMatchObject({ parentId: a });
    expect(await db.role.findUniqueOrThrow({ where: { id: refOf(result, "role-1") } })).toMatchObject({ circleId: b });
    expect(await directEdit(db, fx, [{ kind: "role.create", circleId: "ref:nope", name: "R" }])).toEqual({ ok: false, index: 0, reason: "unknown_ref", field: "circleId" });
    expect(await directEdit(db, fx, [circle("X", fx.generalCircleId, "x"), circle("Y", fx.generalCircleId, "x")])).toEqual({
      ok: false, index: 1, reason: "duplicate_ref", field: "ref",
    });
  });

  it("refuses an outdated expectedVersion, but not the set's own earlier bumps", async () => {
    const fx = await createOrgFixture(db);
    const id = refOf(await directEdit(db, fx, [circle("A", fx.generalCircleId, "a")]), "a");
    // Seen at version 1, changed twice by one set: both changes were made from version 1.
    expect(await directEdit(db, fx, [
      { kind: "circle.update", circleId: id, name: "A1", expectedVersion: 1 },
      { kind: "policy.add", circleId: id, title: "P", expectedVersion: 1 },
    ])).toMatchObject({ ok: true });
    const before = await recordCounts(db, fx.organizationId);
    expect(await directEdit(db, fx, [{ kind: "circle.update", circleId: id, name: "A2", expectedVersion: 1 }])).toEqual({
      ok: false, index: 0, reason: "outdated", field: "expectedVersion",
    });
    expect(await recordCounts(db, fx.organizationId)).toEqual(before);
    const role = await db.role.findFirstOrThrow({ where: { circleId: id, coreRole: "secretary" } });
    expect(await directEdit(db, fx, [{ kind: "accountability.add", roleId: role.id, description: "Minutes", expectedVersion: 1 }])).toMatchObject({ ok: true });
    expect(await directEdit(db, fx, [{ kind: "role.update", roleId: role.id, purpose: "x", expectedVersion: 1 }])).toMatchObject({ reason: "outdated" });
  });

  it("treats another organisation's ids as not found", async () => {
    const fx = await createOrgFixture(db);
    const other = await createOrgFixture(db);
    const theirs = refOf(await directEdit(db, other, [circle("Theirs", other.generalCircleId, "t"), { kind: "role.create", ref: "r", circleId: "ref:t", name: "R" }]), "r");
    const before = await recordCounts(db, fx.organizationId);
    expect(await directEdit(db, fx, [circle("Mine", other.generalCircleId)])).toEqual({ ok: false, index: 0, reason: "not_found", field: "parentId" });
    expect(await directEdit(db, fx, [{ kind: "role.update", roleId: theirs, name: "Hacked" }])).toEqual({ ok: false, index: 0, reason: "not_found", field: "roleId" });
    const mine = refOf(await directEdit(db, fx, [{ kind: "role.create", ref: "m", circleId: fx.generalCircleId, name: "Mine" }]), "m");
    const counts = await recordCounts(db, fx.organizationId);
    expect(await directEdit(db, fx, [{ kind: "assignment.add", roleId: mine, membershipId: other.member.membershipId }])).toEqual({
      ok: false, index: 0, reason: "not_found", field: "membershipId",
    });
    expect(await recordCounts(db, fx.organizationId)).toEqual(counts);
    expect(counts.roles).toBe(before.roles + 1);
    expect((await db.role.findUniqueOrThrow({ where: { id: theirs } })).name).toBe("R");
  });
});

describe("who applies a set", () => {
  it("refuses direct edits by a non-admin, and by anyone in a consent-only organisation", async () => {
    const fx = await createOrgFixture(db);
    const asMember = await applyChanges(db, { organizationId: fx.organizationId, actorUserId: fx.member.userId, isDirectEdit: true, changes: [circle("A", fx.generalCircleId)] });
    expect(asMember).toEqual({ ok: false, index: -1, reason: "forbidden" });
    const strict = await createOrgFixture(db, { mode: "consent_only" });
    const before = await recordCounts(db, strict.organizationId);
    expect(await directEdit(db, strict, [circle("A", strict.generalCircleId)])).toEqual({ ok: false, index: -1, reason: "forbidden" });
    expect(await recordCounts(db, strict.organizationId)).toEqual(before);
  });

  it("applies an adopted decision's set, each row pointing to the decision", async () => {
    const fx = await createOrgFixture(db, { mode: "consent_only" });
    const decisionId = await decisionOf(fx);
    const result = await applyChanges(db, {
      organizationId: fx.organizationId, actorUserId: fx.member.userId, isDirectEdit: false, decisionId, changes: [circle("A", fx.generalCircleId, "a")],
    });
    const id = refOf(result, "a");
    const rows = await db.recordChange.findMany({ where: { organizationId: fx.organizationId } });
    expect(rows.length).toBe(6);
    expect(rows.every((row) => row.decisionId === decisionId && !row.isDirectEdit && row.actorId === fx.member.userId)).toBe(true);
    expect((await db.event.findFirstOrThrow({ where: { subjectId: id } })).data).toMatchObject({ decisionId, isDirectEdit: false });
    const other = await createOrgFixture(db);
    const foreign = await applyChanges(db, {
      organizationId: other.organizationId, actorUserId: other.admin.userId, isDirectEdit: false, decisionId, changes: [circle("B", other.generalCircleId)],
    });
    expect(foreign).toEqual({ ok: false, index: -1, reason: "not_found", field: "decisionId" });
  });

  it("setGovernanceEditMode: admins only, with an event", async () => {
    const fx = await createOrgFixture(db);
    const input = { organizationId: fx.organizationId, mode: "consent_only" };
    expect(await setGovernanceEditMode(db, { ...input, actorUserId: fx.member.userId })).toEqual({ ok: false, reason: "forbidden" });
    expect(await setGovernanceEditMode(db, { ...input, actorUserId: fx.admin.userId, mode: "anarchy" })).toEqual({ ok: false, reason: "invalid" });
    expect(await setGovernanceEditMode(db, { ...input, actorUserId: fx.admin.userId })).toEqual({ ok: true, changed: true });
    expect((await db.organization.findUniqueOrThrow({ where: { id: fx.organizationId } })).governanceEditMode).toBe("consent_only");
    const events = await db.event.findMany({ where: { organizationId: fx.organizationId, kind: "organization.governance_edit_mode_changed" } });
    expect(events).toMatchObject([{ actorId: fx.admin.userId, data: { from: "direct_edits_by_admins", to: "consent_only" } }]);
    expect(await directEdit(db, fx, [circle("A", fx.generalCircleId)])).toMatchObject({ ok: false, reason: "forbidden" });
  });
});
