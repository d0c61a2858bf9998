// Where a tension is raised: an active circle of the organisation and, optionally, an active role
// of that circle. Both rows are locked FOR SHARE until the transaction ends, so that a concurrent
// archive (an UPDATE) waits for the tension to be written and can never leave it in a circle
// archived in between. Another organisation's ids are simply not found: same answer as unknown.
import "server-only";
import type { Tx } from "@/lib/server/db";

export type PlacementErrors = { circleId?: string; roleId?: string };

export async function lockPlacement(
  tx: Tx,
  organizationId: string,
  circleId: string,
  roleId: string | null,
): Promise<PlacementErrors | null> {
  const circles = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS "id" FROM "Circle"
    WHERE "id" = ${circleId}::uuid AND "organizationId" = ${organizationId}::uuid AND "archivedAt" IS NULL
    FOR SHARE`;
  if (circles.length === 0) return { circleId: "tensions.errors.circleNotFound" };
  if (roleId === null) return null;
  const roles = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS "id" FROM "Role"
    WHERE "id" = ${roleId}::uuid AND "organizationId" = ${organizationId}::uuid
      AND "circleId" = ${circleId}::uuid AND "archivedAt" IS NULL
    FOR SHARE`;
  return roles.length === 0 ? { roleId: "tensions.errors.roleNotFound" } : null;
}
