// Who may do what at the organisation level. Pure rules (no I/O), so that every page can ask them
// to decide what to show and every mutation asks them again before writing.
import type { OrgPermission } from "@/lib/generated/prisma/enums";

export type OrgAction =
  | "member.list"
  | "member.invite"
  | "member.changePermission"
  | "member.remove"
  | "invitation.list"
  | "invitation.revoke"
  | "organization.settings";

const allowed: Record<OrgAction, readonly OrgPermission[]> = {
  // Every member, observers included, sees who belongs to the organisation.
  "member.list": ["admin", "member", "observer"],
  "member.invite": ["admin"],
  "member.changePermission": ["admin"],
  "member.remove": ["admin"],
  "invitation.list": ["admin"],
  "invitation.revoke": ["admin"],
  "organization.settings": ["admin"],
};

export function can(permission: OrgPermission, action: OrgAction): boolean {
  return allowed[action].includes(permission);
}

/**
 * Whether changing `targetId` away from admin (demotion or removal) still leaves at least one
 * admin among `activeAdminIds`. An organisation without an admin could never be managed again.
 */
export function leavesAnAdmin(activeAdminIds: readonly string[], targetId: string): boolean {
  return activeAdminIds.some((id) => id !== targetId);
}
