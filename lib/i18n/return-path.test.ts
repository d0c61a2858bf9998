import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/", "/"],
    ["/o/coop/circles", "/o/coop/circles"],
    ["/o/coop/tensions?status=open#list", "/o/coop/tensions?status=open#list"],
    ["/account/../orgs", "/orgs"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    ["protocol-relative", "//evil.example/path"],
    ["absolute URL", "https://evil.example/"],
    ["javascript: URL", "javascript:alert(1)"],
    ["backslash read as a slash", "/\\evil.example"],
    ["tab dropped by browsers", "/\t/evil.example"],
    ["newline dropped by browsers", "/\n/evil.example"],
    ["relative path", "orgs"],
    ["empty", ""],
    ["too long", `/${"a".repeat(3000)}`],
  ])("refuses a %s and returns home", (_label, input) => {
    expect(safeReturnPath(input)).toBe("/");
  });

  it.each([null, undefined, 42, new File([], "x")])("refuses a non-string (%s)", (input) => {
    expect(safeReturnPath(input)).toBe("/");
  });
});
