// What the direct-edit pages show: one circle or role as it stands now (with the versions each
// form sends back), and the choices their selects offer. Always scoped by the organisation;
// archived entities are not found (they can no longer be edited).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";

const active = { archivedAt: null };

/** An id from a URL: anything but a UUID is simply not found (the database would reject it). */
function isUuid(value: string): boolean {
  return z.uuid().safeParse(value).success;
}

export async function circleForEdit(organizationId: string, circleId: string) {
  if (!isUuid(circleId)) return null;
  return db.circle.findFirst({
    where: { id: circleId, organizationId, ...active },
    select: {
      id: true, name: true, purpose: true, kind: true, version: true, parentId: true,
      children: { where: active, select: { id: true, name: true }, orderBy: { name: "asc" } },
      roles: { where: active, select: { id: true, name: true, coreRole: true }, orderBy: [{ coreRole: "asc" }, { name: "asc" }] },
      domains: { where: active, select: { id: true, name: true, description: true, roleId: true }, orderBy: { position: "asc" } },
      policies: { where: active, select: { id: true, title: true, body: true }, orderBy: { position: "asc" } },
    },
  });
}

export type CircleForEdit = NonNullable<Awaited<ReturnType<typeof circleForEdit>>>;

export async function roleForEdit(organizationId: string, roleId: string) {
  if (!isUuid(roleId)) return null;
  return db.role.findFirst({
    where: { id: roleId, organizationId, ...active, circle: active },
    select: {
      id: true, name: true, purpose: true, coreRole: true, version: true,
      circle: { select: { id: true, name: true, version: true } },
      accountabilities: { where: active, select: { id: true, description: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }] },
      domains: { where: active, select: { id: true, name: true, description: true }, orderBy: { position: "asc" } },
      assignments: {
        where: { endedAt: null },
        select: { id: true, focus: true, termEndsOn: true, membership: { select: { id: true, user: { select: { name: true } } } } },
        orderBy: { startedAt: "asc" },
      },
    },
  });
}

export type RoleForEdit = NonNullable<Awaited<ReturnType<typeof roleForEdit>>>;

export type CircleOption = { id: string; label: string };

/**
 * The active circles a circle or role may be moved to, labelled "Name (parent)" since names repeat
 * across the tree. `movingCircleId`: the circle being moved, excluded with all its descendants.
 */
export async function circleOptions(organizationId: string, movingCircleId?: string): Promise<CircleOption[]> {
  const circles = await db.circle.findMany({ where: { organizationId, ...active }, select: { id: true, name: true, parentId: true }, orderBy: { name: "asc" } });
  const byId = new Map(circles.map((circle) => [circle.id, circle]));
  const excluded = new Set<string>();
  if (movingCircleId) {
    const childrenOf = new Map<string, string[]>();
    for (const circle of circles) if (circle.parentId) childrenOf.set(circle.parentId, [...(childrenOf.get(circle.parentId) ?? []), circle.id]);
    for (const queue = [movingCircleId]; queue.length > 0; ) {
      const id = queue.pop()!;
      excluded.add(id);
      queue.push(...(childrenOf.get(id) ?? []));
    }
  }
  return circles
    .filter((circle) => !excluded.has(circle.id))
    .map((circle) => {
      const parent = circle.parentId ? byId.get(circle.parentId) : undefined;
      return { id: circle.id, label: parent ? `${circle.name} (${parent.name})` : circle.name };
    });
}

export const MEMBER_OPTIONS_LIMIT = 200;

/**
 * Active members who may be assigned to a role (not already filling it), by name. Large
 * organisations narrow the list with `search`; at most MEMBER_OPTIONS_LIMIT are offered.
 */
export async function assignableMembers(organizationId: string, roleId: string, search = "") {
  const where = {
    organizationId,
    removedAt: null,
    roleAssignments: { none: { roleId, endedAt: null } },
    ...(search.trim() ? { user: { name: { contains: search.trim(), mode: "insensitive" as const } } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.membership.findMany({ where, select: { id: true, user: { select: { name: true } } }, orderBy: [{ user: { name: "asc" } }, { id: "asc" }], take: MEMBER_OPTIONS_LIMIT }),
    db.membership.count({ where }),
  ]);
  return { members: rows.map((row) => ({ id: row.id, name: row.user.name })), total };
}

/** Where to go once a circle or role is archived: its parent circle, or its circle. */
export async function archivedEntityHome(organizationId: string, change: { kind: string; circleId?: string; roleId?: string }) {
  if (change.kind === "circle.archive" && change.circleId) {
    const circle = await db.circle.findFirst({ where: { id: change.circleId, organizationId }, select: { parentId: true } });
    return circle?.parentId ?? null;
  }
  if (change.kind === "role.archive" && change.roleId) {
    const role = await db.role.findFirst({ where: { id: change.roleId, organizationId }, select: { circleId: true } });
    return role?.circleId ?? null;
  }
  return null;
}
