import { describe, expect, it } from "vitest";
import { CHANGE_KINDS, changeSchema, isChangeKind, parseStoredChange, toStoredChange } from "./changes";
import { eventKind } from "./journal";

const id = "0190a8e4-7f4b-7c3e-8b1a-2f6d5e4c3b2a";

describe("change schemas", () => {
  it("knows the 21 kinds", () => {
    expect(CHANGE_KINDS).toHaveLength(21);
    expect(isChangeKind("role.create")).toBe(true);
    expect(isChangeKind("role.delete")).toBe(false);
  });

  it("accepts a circle creation with defaults and trims names", () => {
    const parsed = changeSchema.parse({ kind: "circle.create", parentId: id, circleKind: "pole", name: "  Com  " });
    expect(parsed).toEqual({ kind: "circle.create", parentId: id, circleKind: "pole", name: "Com", purpose: "" });
  });

  it("refuses a general circle, an empty name, an unknown key, a bad id", () => {
    const base = { kind: "circle.create", parentId: id, circleKind: "pole", name: "Com" };
    expect(changeSchema.safeParse({ ...base, circleKind: "general" }).success).toBe(false);
    const blank = changeSchema.safeParse({ ...base, name: "   " });
    expect(blank.error?.issues[0]).toMatchObject({ path: ["name"], message: "record.validation.required" });
    expect(changeSchema.safeParse({ ...base, archivedAt: "now" }).success).toBe(false);
    expect(changeSchema.safeParse({ ...base, parentId: "42" }).error?.issues[0]?.path).toEqual(["parentId"]);
  });

  it("accepts refs in place of ids, and well-formed ref names only", () => {
    expect(changeSchema.safeParse({ kind: "role.create", ref: "new-role-1", circleId: "ref:new-circle-1", name: "R" }).success).toBe(true);
    expect(changeSchema.safeParse({ kind: "role.create", circleId: "ref:", name: "R" }).success).toBe(false);
    expect(changeSchema.safeParse({ kind: "role.create", ref: "Not Valid", circleId: id, name: "R" }).success).toBe(false);
  });

  it("checks dates, versions and positions", () => {
    const add = { kind: "assignment.add", roleId: id, membershipId: id };
    expect(changeSchema.safeParse({ ...add, termEndsOn: "2030-02-30" }).success).toBe(false);
    expect(changeSchema.safeParse({ ...add, termEndsOn: "31/12/2030" }).success).toBe(false);
    expect(changeSchema.safeParse({ ...add, termEndsOn: "2030-12-31", focus: null }).success).toBe(true);
    expect(changeSchema.safeParse({ ...add, membershipId: "ref:m" }).success).toBe(false); // members are never created by a set
    expect(changeSchema.safeParse({ kind: "role.update", roleId: id, expectedVersion: 0 }).success).toBe(false);
    expect(changeSchema.safeParse({ kind: "accountability.add", roleId: id, description: "Do", position: -1 }).success).toBe(false);
  });

  it("round-trips a stored ProposalChange row, the row's kind winning", () => {
    const change = { kind: "policy.add" as const, circleId: id, title: "Budget", body: "" };
    const row = toStoredChange(change);
    expect(row).toEqual({ kind: "policy.add", payload: { circleId: id, title: "Budget", body: "" } });
    expect(parseStoredChange(row).data).toEqual(change);
    expect(parseStoredChange({ kind: "policy.add", payload: { ...row.payload, kind: "circle.archive" } }).data?.kind).toBe("policy.add");
    expect(parseStoredChange({ kind: "policy.add", payload: null }).success).toBe(false);
  });

  it("names each kind's event in the past tense", () => {
    expect(eventKind("role.create")).toBe("record.role.created");
    expect(eventKind("accountability.reorder")).toBe("record.accountability.reordered");
    expect(eventKind("assignment.remove")).toBe("record.assignment.removed");
  });
});
