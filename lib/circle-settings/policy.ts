// Who may change how a circle decides: administrators, and the circle's lead link (who is
// accountable for the circle's functioning). Observers never, whatever role they hold.
import type { OrgPermission } from "@/lib/generated/prisma/enums";

export function canEditSettings(permission: OrgPermission, isLeadLink: boolean): boolean {
  if (permission === "admin") return true;
  return permission === "member" && isLeadLink;
}
