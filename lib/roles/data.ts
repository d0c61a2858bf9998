// Reads of one role for its page: what it is for, what it does, what it controls and who fills
// it. Scoped by organisation; an archived role, another organisation's or a malformed id is null.
import "server-only";
import { cache } from "react";
import type { CoreRole } from "@/lib/generated/prisma/enums";
import { holderSelect, toHolder, type Holder } from "@/lib/circles/content";
import { isUuid } from "@/lib/circles/params";
import { byRecordVersion } from "@/lib/record/version-cache";
import { db } from "@/lib/server/db";
import { roleHistory, type RoleHistoryEntry } from "./history";

export type RoleDetail = {
  id: string;
  name: string;
  purpose: string;
  coreRole: CoreRole | null;
  circle: { id: string; name: string };
  /** In the role's order. */
  accountabilities: { id: string; description: string }[];
  domains: { id: string; name: string; description: string }[];
  holders: Holder[];
};

/** Cached per request: the page and its metadata both ask. */
export const getRole = cache(async (organizationId: string, roleId: string): Promise<RoleDetail | null> => {
  if (!isUuid(roleId)) return null;
  const role = await db.role.findFirst({
    where: { organizationId, id: roleId, archivedAt: null },
    select: {
      id: true,
      name: true,
      purpose: true,
      coreRole: true,
      circle: { select: { id: true, name: true } },
      accountabilities: { where: { archivedAt: null }, select: { id: true, description: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
      domains: { where: { archivedAt: null }, select: { id: true, name: true, description: true }, orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }] },
      assignments: holderSelect,
    },
  });
  if (!role) return null;
  const { assignments, ...rest } = role;
  return { ...rest, holders: assignments.map(toHolder) };
});

/**
 * A role's page: the role and its history, which are both governance record. The first page of
 * history, the one nearly every view asks for, is read once per version of the record and kept
 * in this process (ADR 0014, ADR 0016); older pages are read each time.
 */
export function loadRolePage(
  organization: { id: string; recordVersion: number },
  roleId: string,
  cursor?: string,
): Promise<{ role: RoleDetail | null; history: { items: RoleHistoryEntry[]; nextCursor: string | null } }> {
  const load = async () => {
    const [role, history] = await Promise.all([getRole(organization.id, roleId), roleHistory(organization.id, roleId, cursor)]);
    return { role, history };
  };
  return !cursor && isUuid(roleId) ? byRecordVersion(organization, `role:${roleId}`, load) : load();
}
