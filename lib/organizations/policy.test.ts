import { describe, expect, it } from "vitest";
import { can, leavesAnAdmin, type OrgAction } from "./policy";

const managing: OrgAction[] = [
  "member.invite",
  "member.changePermission",
  "member.remove",
  "invitation.list",
  "invitation.revoke",
  "organization.settings",
];

describe("can", () => {
  it("lets admins manage members, invitations and settings", () => {
    for (const action of managing) expect(can("admin", action)).toBe(true);
  });

  it("refuses every management action to members and observers", () => {
    for (const action of managing) {
      expect(can("member", action)).toBe(false);
      expect(can("observer", action)).toBe(false);
    }
  });

  it("lets every permission see the member list", () => {
    expect(can("admin", "member.list")).toBe(true);
    expect(can("member", "member.list")).toBe(true);
    expect(can("observer", "member.list")).toBe(true);
  });
});

describe("leavesAnAdmin", () => {
  it("refuses to take away the only admin", () => {
    expect(leavesAnAdmin(["a"], "a")).toBe(false);
    expect(leavesAnAdmin([], "a")).toBe(false);
  });

  it("allows it when another admin remains", () => {
    expect(leavesAnAdmin(["a", "b"], "a")).toBe(true);
  });

  it("allows changing someone who is not an admin", () => {
    expect(leavesAnAdmin(["a"], "m")).toBe(true);
  });
});
