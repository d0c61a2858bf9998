import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { directEdit } from "@/lib/record/test-fixtures";
import { dryRun } from "./dry-run";
import { cachedDryRun } from "./verdict-cache";
import { previewChanges } from "./preview";
import { loadRecordSnapshot } from "./preview-data";
import { createDraft, createProposalFixture } from "./testing/fixtures";
import { proposalForPage } from "./data";
import { versionWithPreview } from "./page-data";

describe("preview against the stored record", () => {
  it("loads the affected circle's record and the preview sees an archived role as archived", async () => {
    const { fx, roleId } = await createProposalFixture(db);
    const changes = [{ kind: "accountability.add" as const, roleId, description: "Suivre la trésorerie" }];
    const before = await loadRecordSnapshot(fx.organizationId, [fx.generalCircleId], changes);
    expect(previewChanges(before, changes).issues).toEqual([]);
    expect(before.accountabilities.filter((row) => row.roleId === roleId).map((row) => row.description)).toEqual(["Tenir les comptes"]);

    await directEdit(db, fx, [{ kind: "role.archive", roleId }]);
    const after = await loadRecordSnapshot(fx.organizationId, [fx.generalCircleId], changes);
    expect(previewChanges(after, changes).issues).toEqual([{ index: 0, reason: "archived", field: "roleId" }]);
  });

  it("the dry run gives the engine's verdict and leaves the record as it was", async () => {
    const { fx, roleId } = await createProposalFixture(db);
    const { proposalId } = await createDraft(db, fx, fx.member);
    const version = await db.proposalVersion.findFirstOrThrow({ where: { proposalId, number: 1 } });
    const base = { organizationId: fx.organizationId, proposalId, circleId: fx.generalCircleId, versionId: version.id, actorUserId: fx.member.userId };
    const counts = async () => [await db.accountability.count({ where: { roleId } }), await db.decision.count({ where: { proposalId } }), await db.recordChange.count({ where: { organizationId: fx.organizationId } })];
    const initial = await counts();

    expect(await dryRun({ ...base, changes: [{ kind: "accountability.add", roleId, description: "Suivre" }] })).toEqual({ ok: true });
    expect(await dryRun({ ...base, changes: [{ kind: "policy.add", circleId: fx.generalCircleId, title: "P" }, { kind: "role.create", circleId: fx.generalCircleId, name: "trésorerie" }] }))
      .toEqual({ ok: false, index: 1, reason: "name_taken", field: "name" });
    expect(await counts()).toEqual(initial);
  });
});

describe("the verdict kept between views", () => {
  it("gives the engine's verdict, then a new one as soon as the record or the members change", async () => {
    const { fx, roleId } = await createProposalFixture(db);
    const { proposalId } = await createDraft(db, fx, fx.member);
    const version = await db.proposalVersion.findFirstOrThrow({ where: { proposalId, number: 1 } });
    const base = { organizationId: fx.organizationId, proposalId, circleId: fx.generalCircleId, versionId: version.id, actorUserId: fx.member.userId };
    const add = [{ kind: "accountability.add", roleId, description: "Suivre" }];
    expect(await cachedDryRun({ ...base, changes: add })).toEqual({ ok: true });
    expect(await cachedDryRun({ ...base, changes: add })).toEqual({ ok: true });

    // The record changes: the role is archived, the same change set is now refused.
    await directEdit(db, fx, [{ kind: "role.archive", roleId }]);
    expect(await cachedDryRun({ ...base, changes: add })).toMatchObject({ ok: false, index: 0, field: "roleId" });

    // Another change set of the same version is judged on its own.
    const create = [{ kind: "role.create", circleId: fx.generalCircleId, name: "Accueil" }];
    expect(await cachedDryRun({ ...base, changes: create })).toEqual({ ok: true });
    // A member leaves: assigning the new role to them is refused at once, not a minute later.
    const leaving = await db.membership.findFirstOrThrow({ where: { organizationId: fx.organizationId, userId: fx.member.userId } });
    const assign = [{ kind: "role.create", ref: "r", circleId: fx.generalCircleId, name: "Accueil" }, { kind: "assignment.add", roleId: "ref:r", membershipId: leaving.id }];
    expect(await cachedDryRun({ ...base, changes: assign })).toEqual({ ok: true });
    await db.membership.update({ where: { id: leaving.id }, data: { removedAt: new Date() } });
    expect(await cachedDryRun({ ...base, changes: assign })).toMatchObject({ ok: false, index: 1 });
  });
});

describe("the record a page loads for its preview", () => {
  it("holds only the members the change set names and the affected roles' holders", async () => {
    const { fx, roleId } = await createProposalFixture(db);
    await directEdit(db, fx, [{ kind: "assignment.add", roleId, membershipId: fx.admin.membershipId }]);
    const changes = [{ kind: "assignment.add" as const, roleId, membershipId: fx.former.membershipId }];
    const all = await loadRecordSnapshot(fx.organizationId, [fx.generalCircleId], changes);
    const named = await loadRecordSnapshot(fx.organizationId, [fx.generalCircleId], changes, "named");
    expect(all.members.map((m) => m.id).sort()).toEqual([fx.admin.membershipId, fx.member.membershipId, fx.former.membershipId].sort());
    expect(named.members.map((m) => m.id).sort()).toEqual([fx.admin.membershipId, fx.former.membershipId].sort());
    // The preview reads the same from either: the named member is a former one.
    expect(previewChanges(named, changes).issues).toEqual(previewChanges(all, changes).issues);
    expect(previewChanges(named, changes).issues).toEqual([{ index: 0, reason: "member_inactive", field: "membershipId" }]);
  });
});

describe("the proposal page's record, kept per record version", () => {
  it("is the same snapshot until the record changes, then the new one; the editor's is read each time", async () => {
    const { fx } = await createProposalFixture(db);
    const { proposalId } = await createDraft(db, fx, fx.admin);
    const proposal = (await proposalForPage(fx.organizationId, fx.admin.userId, proposalId))!;
    const version = () => db.organization.findUniqueOrThrow({ where: { id: fx.organizationId }, select: { id: true, recordVersion: true } });
    const v1 = await version();
    const first = await versionWithPreview(v1, proposal, proposal.currentVersion, fx.admin.userId, false, "named");
    expect((await versionWithPreview(v1, proposal, proposal.currentVersion, fx.admin.userId, false, "named"))?.record).toBe(first?.record);
    expect((await versionWithPreview(v1, proposal, proposal.currentVersion, fx.admin.userId, false))?.record).not.toBe(first?.record);

    await directEdit(db, fx, [{ kind: "role.create", circleId: fx.generalCircleId, name: "Archiviste" }]);
    const second = await versionWithPreview(await version(), proposal, proposal.currentVersion, fx.admin.userId, false, "named");
    expect(second?.record.roles.map((r) => r.name)).toContain("Archiviste");
    expect(first?.record.roles.map((r) => r.name)).not.toContain("Archiviste");
  });
});
