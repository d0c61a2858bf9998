import { describe, expect, it } from "vitest";
import { CHANGE_KINDS } from "@/lib/record/changes";
import { changeFromForm, FIELDS, moveChange, nextRef, reorderFromForm } from "./change-form";

const role = "0190a0a0-0000-7000-8000-000000000003";
const member = "0190a0a0-0000-7000-8000-000000000007";

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

describe("the editor's change forms", () => {
  it("cover every change kind of the engine", () => {
    expect(Object.keys(FIELDS).sort()).toEqual([...CHANGE_KINDS].sort());
  });

  it("turn a form into a validated change, with its ref", () => {
    expect(changeFromForm("role.create", form({ circleId: role, name: " Coordination ", purpose: "", accountabilities: "Un\n\n Deux " }), "role-1")).toEqual({
      ok: true, change: { kind: "role.create", ref: "role-1", circleId: role, name: "Coordination", purpose: "", accountabilities: ["Un", "Deux"], domains: [] },
    });
  });

  it("leave empty optional fields out, and make empty nullable fields null", () => {
    expect(changeFromForm("role.update", form({ roleId: role, name: "", purpose: "Nouveau" }))).toEqual({ ok: true, change: { kind: "role.update", roleId: role, purpose: "Nouveau" } });
    expect(changeFromForm("assignment.add", form({ roleId: role, membershipId: member, focus: "", termEndsOn: "" }))).toMatchObject({ ok: true, change: { focus: null, termEndsOn: null } });
    expect(changeFromForm("domain.add", form({ circleId: role, roleId: "circle", name: "Budget", description: "" }))).toMatchObject({ ok: true, change: { roleId: null } });
  });

  it("report field errors as message keys", () => {
    expect(changeFromForm("accountability.add", form({ roleId: "", description: "" }))).toEqual({
      ok: false, fieldErrors: { roleId: "record.validation.invalidId", description: "record.validation.required" },
    });
    expect(changeFromForm("assignment.add", form({ roleId: role, membershipId: member, termEndsOn: "31/12/2030" }))).toMatchObject({
      ok: false, fieldErrors: { termEndsOn: "record.validation.invalidDate" },
    });
  });

  it("read a reordering from the typed positions", () => {
    expect(reorderFromForm(form({ "position.a": "2", "position.b": "1", "position.c": "3" }))).toEqual(["b", "a", "c"]);
  });

  it("give unique refs to creations only, and move changes within bounds", () => {
    expect(nextRef("role.create", [{ kind: "role.create", ref: "role-1", circleId: role, name: "X" }])).toBe("role-2");
    expect(nextRef("role.update", [])).toBeUndefined();
    expect(moveChange(["a", "b", "c"], 2, "up")).toEqual(["a", "c", "b"]);
    expect(moveChange(["a", "b"], 0, "up")).toEqual(["a", "b"]);
  });
});
