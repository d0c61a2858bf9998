import { describe, expect, it } from "vitest";
import { afterSignIn, safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps same-origin paths with their query and hash", () => {
    expect(safeCallbackPath("/o/la-coop/members?tab=2#x")).toBe("/o/la-coop/members?tab=2#x");
    expect(safeCallbackPath("/invitations/abc")).toBe("/invitations/abc");
  });

  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "/\tevil",
    "orgs",
    "",
    42,
    undefined,
  ])("refuses %j", (value) => {
    expect(safeCallbackPath(value)).toBeNull();
  });

  it("falls back to /orgs", () => {
    expect(afterSignIn("https://evil.example/")).toBe("/orgs");
    expect(afterSignIn("/account")).toBe("/account");
  });
});
