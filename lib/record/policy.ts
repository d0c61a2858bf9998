// Who may change the governance record without a decision. By default, in an organisation that
// allows it, admins may edit directly (e.g. to set up the record); in a `consent_only`
// organisation every change comes from an adopted decision, admins included.
import type { GovernanceEditMode, OrgPermission } from "@/lib/generated/prisma/enums";

export function canEditDirectly(mode: GovernanceEditMode, permission: OrgPermission): boolean {
  return mode === "direct_edits_by_admins" && permission === "admin";
}

/** Choosing how the record may be changed is an admin's act. */
export function canSetGovernanceEditMode(permission: OrgPermission): boolean {
  return permission === "admin";
}
