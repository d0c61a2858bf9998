// Names behind the ids a log row carries (who acted, which role, which member), fetched in one
// query per kind for a whole page of rows: never one query per row. Archived roles and former
// members keep their names here, since the log speaks of the past.
import "server-only";
import { db } from "@/lib/server/db";
import { isUuid } from "./params";

export type NameIds = { userIds?: Iterable<unknown>; roleIds?: Iterable<unknown>; membershipIds?: Iterable<unknown> };
export type Names = { users: Map<string, string>; roles: Map<string, string>; members: Map<string, string> };

function uuids(values: Iterable<unknown> | undefined): string[] {
  return [...new Set([...(values ?? [])].filter(isUuid))];
}

export async function resolveNames(organizationId: string, ids: NameIds): Promise<Names> {
  const [userIds, roleIds, membershipIds] = [uuids(ids.userIds), uuids(ids.roleIds), uuids(ids.membershipIds)];
  const [people, roles] = await Promise.all([
    // Members and actors in one query. Only people who belong or belonged to this organisation:
    // an actor id never reveals anyone else.
    userIds.length === 0 && membershipIds.length === 0
      ? []
      : db.membership.findMany({
          where: { organizationId, OR: [{ userId: { in: userIds } }, { id: { in: membershipIds } }] },
          select: { id: true, userId: true, user: { select: { name: true } } },
        }),
    roleIds.length === 0 ? [] : db.role.findMany({ where: { organizationId, id: { in: roleIds } }, select: { id: true, name: true } }),
  ]);
  return {
    users: new Map(people.map((row) => [row.userId, row.user.name])),
    roles: new Map(roles.map((row) => [row.id, row.name])),
    members: new Map(people.map((row) => [row.id, row.user.name])),
  };
}

/** A string field of a JSON object (event data, record snapshot), or undefined. */
export function field(json: unknown, key: string): string | undefined {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return undefined;
  const value = (json as Record<string, unknown>)[key];
  return typeof value === "string" ? value : undefined;
}
