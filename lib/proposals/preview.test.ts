import { describe, expect, it } from "vitest";
import { previewChanges } from "./preview";
import type { RecordSnapshot } from "./record-snapshot";

const ids = {
  general: "0190a0a0-0000-7000-8000-000000000001",
  pole: "0190a0a0-0000-7000-8000-000000000002",
  role: "0190a0a0-0000-7000-8000-000000000003",
  other: "0190a0a0-0000-7000-8000-000000000004",
  acc1: "0190a0a0-0000-7000-8000-000000000005",
  acc2: "0190a0a0-0000-7000-8000-000000000006",
  member: "0190a0a0-0000-7000-8000-000000000007",
  archivedRole: "0190a0a0-0000-7000-8000-000000000008",
};

function record(): RecordSnapshot {
  return {
    circles: [
      { id: ids.general, name: "Cercle général", purpose: "", kind: "general", parentId: null, archived: false },
      { id: ids.pole, name: "Pôle Accueil", purpose: "", kind: "pole", parentId: ids.general, archived: false },
    ],
    roles: [
      { id: ids.role, circleId: ids.pole, name: "Trésorerie", purpose: "", coreRole: null, archived: false },
      { id: ids.other, circleId: ids.pole, name: "Communication", purpose: "", coreRole: null, archived: false },
      { id: ids.archivedRole, circleId: ids.pole, name: "Ancien rôle", purpose: "", coreRole: null, archived: true },
    ],
    accountabilities: [
      { id: ids.acc1, roleId: ids.role, description: "Tenir les comptes", position: 0, archived: false },
      { id: ids.acc2, roleId: ids.role, description: "Préparer le budget", position: 1, archived: false },
    ],
    domains: [],
    policies: [],
    assignments: [],
    members: [{ id: ids.member, name: "Bob", active: true }],
  };
}

describe("previewChanges", () => {
  it("adds an accountability at the end of the role and describes it", () => {
    const preview = previewChanges(record(), [{ kind: "accountability.add", roleId: ids.role, description: "Suivre la trésorerie" }]);
    expect(preview.issues).toEqual([]);
    const list = preview.after.accountabilities.filter((row) => row.roleId === ids.role).sort((a, b) => a.position - b.position);
    expect(list.map((row) => row.description)).toEqual(["Tenir les comptes", "Préparer le budget", "Suivre la trésorerie"]);
    expect(preview.differences).toEqual([
      { index: 0, entity: "accountability", action: "added", label: "Suivre la trésorerie", where: "Trésorerie", fields: [] },
    ]);
  });

  it("follows refs: a role created then given an accountability and an assignment", () => {
    const preview = previewChanges(record(), [
      { kind: "role.create", ref: "coord", circleId: ids.pole, name: "Coordination" },
      { kind: "accountability.add", roleId: "ref:coord", description: "Coordonner" },
      { kind: "assignment.add", roleId: "ref:coord", membershipId: ids.member, focus: "Été" },
    ]);
    expect(preview.issues).toEqual([]);
    expect(preview.differences.map((d) => [d.entity, d.action, d.label, d.where])).toEqual([
      ["role", "added", "Coordination", "Pôle Accueil"],
      ["accountability", "added", "Coordonner", "Coordination"],
      ["assignment", "added", "Bob", "Coordination"],
    ]);
    expect(preview.differences[2]!.fields).toEqual([{ field: "focus", before: "", after: "Été" }]);
  });

  it("gives before → after for an update and leaves the input record untouched", () => {
    const input = record();
    const preview = previewChanges(input, [{ kind: "role.update", roleId: ids.role, name: "Trésorerie générale" }]);
    expect(preview.differences[0]).toMatchObject({ action: "changed", label: "Trésorerie", fields: [{ field: "name", before: "Trésorerie", after: "Trésorerie générale" }] });
    expect(input.roles[0]!.name).toBe("Trésorerie");
    expect(preview.after.roles[0]!.name).toBe("Trésorerie générale");
  });

  it("explains changes that cannot apply with the engine's reasons, and goes on with the others", () => {
    const preview = previewChanges(record(), [
      { kind: "accountability.add", roleId: ids.archivedRole, description: "X" },
      { kind: "role.update", roleId: ids.other, name: "trésorerie" },
      { kind: "policy.add", circleId: ids.pole, title: "Budget" },
      { kind: "accountability.add", roleId: "ref:nope", description: "Y" },
      { kind: "role.update", roleId: "0190a0a0-0000-7000-8000-0000000000ff", name: "Z" },
    ]);
    expect(preview.issues).toEqual([
      { index: 0, reason: "archived", field: "roleId" },
      { index: 1, reason: "name_taken", field: "name" },
      { index: 3, reason: "unknown_ref", field: "roleId" },
      { index: 4, reason: "not_found", field: "roleId" },
    ]);
    expect(preview.differences.map((d) => d.index)).toEqual([2]);
  });

  it("reorders accountabilities and refuses an incomplete order", () => {
    const ok = previewChanges(record(), [{ kind: "accountability.reorder", roleId: ids.role, accountabilityIds: [ids.acc2, ids.acc1] }]);
    expect(ok.differences[0]!.fields).toEqual([{ field: "order", before: "Tenir les comptes · Préparer le budget", after: "Préparer le budget · Tenir les comptes" }]);
    const bad = previewChanges(record(), [{ kind: "accountability.reorder", roleId: ids.role, accountabilityIds: [ids.acc2] }]);
    expect(bad.issues).toEqual([{ index: 0, reason: "invalid_order", field: "accountabilityIds" }]);
  });

  it("archiving a role removes what it holds; the general circle cannot move", () => {
    const preview = previewChanges(record(), [
      { kind: "role.archive", roleId: ids.role },
      { kind: "circle.move", circleId: ids.general, parentId: ids.pole },
    ]);
    expect(preview.after.accountabilities.every((row) => row.archived)).toBe(true);
    expect(preview.differences[0]).toMatchObject({ entity: "role", action: "removed", label: "Trésorerie" });
    expect(preview.issues).toEqual([{ index: 1, reason: "general_circle", field: "circleId" }]);
  });

  it("reports a malformed change as invalid", () => {
    const preview = previewChanges(record(), [{ kind: "policy.add", circleId: ids.pole, title: "" }]);
    expect(preview.issues).toEqual([{ index: 0, reason: "invalid", field: "title" }]);
  });
});
