import { describe, expect, it } from "vitest";
import { intentSchema, statusChangeSchema, tensionFieldsSchema } from "./schema";

const CIRCLE = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

describe("tension fields", () => {
  it("needs only a title, a circle and a kind; trims, and reads no role as null", () => {
    const parsed = tensionFieldsSchema.parse({ title: "  Les clés  ", circleId: CIRCLE, roleId: "", kind: "operational", isInterpoles: true });
    expect(parsed).toEqual({ title: "Les clés", whatIs: "", whatCouldBe: "", example: "", circleId: CIRCLE, roleId: null, kind: "operational", isInterpoles: true });
  });

  it("names each faulty field with its message key; a malformed id reads as unknown", () => {
    const result = tensionFieldsSchema.safeParse({ title: "   ", circleId: "nope", roleId: "nope", kind: "other", whatIs: "x".repeat(5001), isInterpoles: false });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path[0], issue.message]));
    expect(issues).toEqual({
      title: "tensions.errors.titleRequired",
      circleId: "tensions.errors.circleNotFound",
      roleId: "tensions.errors.roleNotFound",
      kind: "tensions.errors.kindInvalid",
      whatIs: "tensions.errors.textTooLong",
    });
  });

  it("keeps a tension as a draft unless raising is asked explicitly", () => {
    expect(intentSchema.parse("raise")).toBe("raise");
    expect(intentSchema.parse(undefined)).toBe("draft");
    expect(intentSchema.parse("publish-everything")).toBe("draft");
  });

  it("accepts only the statuses a person may move a tension to", () => {
    expect(statusChangeSchema.safeParse({ from: "open", to: "resolved" }).success).toBe(true);
    expect(statusChangeSchema.safeParse({ from: "open", to: "open" }).success).toBe(false);
    expect(statusChangeSchema.safeParse({ from: "open", to: "draft" }).success).toBe(false);
  });
});
