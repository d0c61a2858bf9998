import { describe, expect, it } from "vitest";
import { isCurrent } from "@/components/shell/is-current";

describe("isCurrent (aria-current of navigation links)", () => {
  it("marks the organisation home only on the home itself", () => {
    expect(isCurrent("/o/coop", "/o/coop", true)).toBe(true);
    expect(isCurrent("/o/coop/", "/o/coop", true)).toBe(true);
    expect(isCurrent("/o/coop/circles", "/o/coop", true)).toBe(false);
  });

  it("marks a section on its pages and sub-pages", () => {
    expect(isCurrent("/o/coop/circles", "/o/coop/circles", false)).toBe(true);
    expect(isCurrent("/o/coop/circles/42", "/o/coop/circles", false)).toBe(true);
  });

  it("does not confuse sections that share a prefix", () => {
    expect(isCurrent("/o/coop/roles-archive", "/o/coop/roles", false)).toBe(false);
    expect(isCurrent("/o/coop-2/circles", "/o/coop/circles", false)).toBe(false);
  });
});
