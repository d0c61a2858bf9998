// Reads of circles for the map, the tree and a circle's page. Every read is scoped by the
// organisation; an id of another organisation, an archived circle or a malformed id is "not found".
import "server-only";
import { cache } from "react";
import type { CircleKind } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { isUuid } from "./params";
import { buildCircleTree, type CircleRow, type CircleTree, type MapRole } from "./tree";
import { byRecordVersion } from "@/lib/record/version-cache";

/**
 * Every active circle with its number of active roles: two queries whatever the size (500
 * circles are ~500 short rows), from which the tree, the map and the circle filter are built.
 */
export async function listCircleRows(organizationId: string): Promise<CircleRow[]> {
  const [circles, counts] = await Promise.all([
    db.circle.findMany({ where: { organizationId, archivedAt: null }, select: { id: true, parentId: true, name: true, kind: true } }),
    db.role.groupBy({ by: ["circleId"], where: { organizationId, archivedAt: null }, _count: { _all: true } }),
  ]);
  const roleCount = new Map(counts.map((row) => [row.circleId, row._count._all]));
  return circles.map((circle) => ({ ...circle, roleCount: roleCount.get(circle.id) ?? 0 }));
}

/**
 * The organisation's circle tree, for the map and every circle filter: read once per version of
 * the governance record and kept in this process (ADR 0014). `organization` comes from the
 * member context, whose `recordVersion` was read at the start of the request.
 */
export function getCircleTree(organization: { id: string; recordVersion: number }): Promise<CircleTree> {
  return byRecordVersion(organization, "circle-tree", async () => buildCircleTree(await listCircleRows(organization.id)));
}

/** The active roles of one circle, for the map: core roles first, then by name. */
export async function listMapRoles(organizationId: string, circleId: string): Promise<MapRole[]> {
  return db.role.findMany({
    where: { organizationId, circleId, archivedAt: null },
    select: { id: true, name: true },
    orderBy: [{ coreRole: { sort: "asc", nulls: "last" } }, { name: "asc" }, { id: "asc" }],
  });
}

export type CircleLink = { id: string; name: string; kind: CircleKind };

export type CircleDetail = CircleLink & {
  purpose: string;
  parent: CircleLink | null;
  /** Active sub-circles, by name. */
  children: CircleLink[];
};

const link = { id: true, name: true, kind: true } as const;

/** Cached per request: the page and its metadata both ask. */
export const getCircle = cache(async (organizationId: string, circleId: string): Promise<CircleDetail | null> => {
  if (!isUuid(circleId)) return null;
  const circle = await db.circle.findFirst({
    where: { organizationId, id: circleId, archivedAt: null },
    select: {
      ...link,
      purpose: true,
      parent: { select: link },
      children: { where: { archivedAt: null }, select: link, orderBy: [{ name: "asc" }, { id: "asc" }] },
    },
  });
  return circle;
});
