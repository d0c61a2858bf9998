import { describe, expect, it } from "vitest";
import { canEditDirectly, canSetGovernanceEditMode } from "./policy";

describe("canEditDirectly", () => {
  it("lets only admins edit directly, and only where the organisation allows it", () => {
    expect(canEditDirectly("direct_edits_by_admins", "admin")).toBe(true);
    expect(canEditDirectly("direct_edits_by_admins", "member")).toBe(false);
    expect(canEditDirectly("direct_edits_by_admins", "observer")).toBe(false);
    expect(canEditDirectly("consent_only", "admin")).toBe(false);
    expect(canEditDirectly("consent_only", "member")).toBe(false);
  });
  it("lets only admins choose the mode", () => {
    expect(canSetGovernanceEditMode("admin")).toBe(true);
    expect(canSetGovernanceEditMode("member")).toBe(false);
    expect(canSetGovernanceEditMode("observer")).toBe(false);
  });
});
