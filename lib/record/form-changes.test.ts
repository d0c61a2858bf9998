import { describe, expect, it } from "vitest";
import { changeFromForm, reorderedIds } from "./form-changes";

const circleId = "0190a8e4-7f4b-7c3e-8b1a-2f6d5e4c3b2a";
const roleId = "0190a8e4-7f4b-7c3e-8b1a-2f6d5e4c3b2b";
const [a, b, c] = ["0190a8e4-7f4b-7c3e-8b1a-2f6d5e4c3b01", "0190a8e4-7f4b-7c3e-8b1a-2f6d5e4c3b02", "0190a8e4-7f4b-7c3e-8b1a-2f6d5e4c3b03"];

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
  return data;
}

describe("changeFromForm", () => {
  it("turns a role creation form into a change: version as a number, one accountability per non-empty line", () => {
    const result = changeFromForm(
      form({ kind: "role.create", circleId, name: "  Trésorerie ", purpose: "", accountabilities: "Tenir les comptes\r\n\n  Préparer le budget  \n", expectedVersion: "3" }),
    );
    expect(result).toEqual({
      ok: true,
      change: { kind: "role.create", circleId, name: "Trésorerie", purpose: "", accountabilities: ["Tenir les comptes", "Préparer le budget"], domains: [], expectedVersion: 3 },
    });
  });

  it("leaves out fields the form does not have, so an update changes only what it shows", () => {
    expect(changeFromForm(form({ kind: "circle.update", circleId, name: "Com", expectedVersion: "1" }))).toEqual({
      ok: true,
      change: { kind: "circle.update", circleId, name: "Com", expectedVersion: 1 },
    });
  });

  it("reads an empty holder, focus or term as none (null)", () => {
    expect(changeFromForm(form({ kind: "domain.add", circleId, roleId: "", name: "Budget", description: "" }))).toMatchObject({
      ok: true,
      change: { roleId: null },
    });
    expect(changeFromForm(form({ kind: "assignment.add", roleId, membershipId: a, focus: " ", termEndsOn: "" }))).toMatchObject({
      ok: true,
      change: { focus: null, termEndsOn: null },
    });
  });

  it("gives field errors as i18n keys, on the form's own field names", () => {
    expect(changeFromForm(form({ kind: "role.create", circleId, name: " ", accountabilities: "x".repeat(501) }))).toEqual({
      ok: false,
      fieldErrors: { name: "record.validation.required", accountabilities: "record.validation.tooLong" },
    });
    expect(changeFromForm(form({ kind: "assignment.add", roleId, membershipId: a, termEndsOn: "31/12/2030" }))).toEqual({
      ok: false,
      fieldErrors: { termEndsOn: "record.validation.invalidDate" },
    });
  });

  it("refuses an unknown kind, a forged field type, and a version that is not a number", () => {
    expect(changeFromForm(form({ kind: "role.delete", roleId }))).toEqual({ ok: false, fieldErrors: { form: "recordEdit.errors.invalid" } });
    expect(changeFromForm(form({ name: "x" }))).toEqual({ ok: false, fieldErrors: { form: "recordEdit.errors.invalid" } });
    expect(changeFromForm(form({ kind: "role.update", roleId, name: "R", expectedVersion: "2abc" }))).toEqual({
      ok: false,
      fieldErrors: { expectedVersion: "recordEdit.errors.invalid" },
    });
    expect(changeFromForm(form({ kind: "role.update", roleId: "42", name: "R" }))).toEqual({ ok: false, fieldErrors: { roleId: "record.validation.invalidId" } });
  });

  it("ignores fields that do not belong to the change (the organisation never comes from a form)", () => {
    const result = changeFromForm(form({ kind: "policy.remove", policyId: a, organizationId: b, isDirectEdit: "false" }));
    expect(result).toEqual({ ok: true, change: { kind: "policy.remove", policyId: a } });
  });

  it("builds a reordering from the order as rendered and the pressed button", () => {
    const base = { kind: "accountability.reorder", roleId, order: [a, b, c], expectedVersion: "5" };
    expect(changeFromForm(form({ ...base, accountabilityId: b, move: "up" }))).toEqual({
      ok: true,
      change: { kind: "accountability.reorder", roleId, accountabilityIds: [b, a, c], expectedVersion: 5 },
    });
    expect(changeFromForm(form({ ...base, accountabilityId: c, move: "down" }))).toEqual({
      ok: false,
      fieldErrors: { accountabilityIds: "recordEdit.errors.cannotMove" },
    });
  });
});

describe("reorderedIds", () => {
  it("swaps with the neighbour, and refuses moves off the ends or of unknown ids", () => {
    expect(reorderedIds([a, b, c], b, "down")).toEqual([a, c, b]);
    expect(reorderedIds([a, b, c], a, "up")).toBeNull();
    expect(reorderedIds([a, b], c, "up")).toBeNull();
    expect(reorderedIds([a, b], a, "sideways")).toBeNull();
  });
});
