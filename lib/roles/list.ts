// All active roles of the organisation, a page at a time, optionally of one circle and/or whose
// name contains a text (case and accents ignored). Three queries whatever the size: the count, the
// ids of the page (raw SQL, for the accent folding), then the rows shown with their holders.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CoreRole } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/circles/params";
import { byRecordVersion } from "@/lib/record/version-cache";
import { db } from "@/lib/server/db";
import { containsPattern, SQL_FOLD } from "./search";

export const ROLES_PER_PAGE = 50;

export type RoleListFilter = { page: number; circleId?: string; q?: string };
export type RoleListRow = {
  id: string;
  name: string;
  coreRole: CoreRole | null;
  circle: { id: string; name: string };
  holders: { membershipId: string; name: string }[];
};
export type RoleListPage = { roles: RoleListRow[]; page: number; pageCount: number; total: number };

function conditions(organizationId: string, filter: RoleListFilter): Prisma.Sql {
  const parts = [Prisma.sql`r."organizationId" = ${organizationId}::uuid`, Prisma.sql`r."archivedAt" IS NULL`];
  // A malformed circle id matches nothing (rather than being ignored): the filter says "this circle".
  if (filter.circleId !== undefined) parts.push(isUuid(filter.circleId) ? Prisma.sql`r."circleId" = ${filter.circleId}::uuid` : Prisma.sql`FALSE`);
  const pattern = containsPattern(filter.q);
  if (pattern) parts.push(Prisma.sql`lower(translate(r."name", ${SQL_FOLD.from}, ${SQL_FOLD.to})) LIKE ${pattern} ESCAPE '\\'`);
  return Prisma.join(parts, " AND ");
}

/** `page` is 1-based; a page past the end shows the last one. */
export async function listRoles(organizationId: string, filter: RoleListFilter): Promise<RoleListPage> {
  const where = conditions(organizationId, filter);
  const [{ total } = { total: 0 }] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS "total" FROM "Role" r WHERE ${where}`;
  const pageCount = Math.max(1, Math.ceil(total / ROLES_PER_PAGE));
  const page = Math.min(Math.max(1, Math.trunc(filter.page) || 1), pageCount);
  if (total === 0) return { roles: [], page, pageCount, total };
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT r."id"::text AS "id" FROM "Role" r WHERE ${where}
    ORDER BY lower(r."name"), r."id" LIMIT ${ROLES_PER_PAGE} OFFSET ${(page - 1) * ROLES_PER_PAGE}`;
  const rows = await db.role.findMany({
    where: { organizationId, id: { in: ids.map((row) => row.id) } },
    select: {
      id: true,
      name: true,
      coreRole: true,
      circle: { select: { id: true, name: true } },
      assignments: {
        where: { endedAt: null, membership: { removedAt: null } },
        select: { membershipId: true, membership: { select: { user: { select: { name: true } } } } },
        orderBy: [{ startedAt: "asc" }, { id: "asc" }],
      },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const roles = ids.flatMap(({ id }) => {
    const row = byId.get(id);
    if (!row) return [];
    const holders = row.assignments.map((a) => ({ membershipId: a.membershipId, name: a.membership.user.name }));
    return [{ id: row.id, name: row.name, coreRole: row.coreRole, circle: row.circle, holders }];
  });
  return { roles, page, pageCount, total };
}

/**
 * The list as most views ask for it (no text filter): kept per version of the governance record
 * (ADR 0014, ADR 0016), per circle and page. A text filter is read each time: free text would
 * only crowd out what is worth keeping.
 */
export function keptRoles(organization: { id: string; recordVersion: number }, filter: RoleListFilter): Promise<RoleListPage> {
  const load = () => listRoles(organization.id, filter);
  const worthKeeping = !filter.q && (filter.circleId === undefined || isUuid(filter.circleId)) && Number.isInteger(filter.page) && filter.page <= 200;
  if (!worthKeeping) return load();
  return byRecordVersion(organization, `roles:${filter.circleId ?? ""}:${filter.page}`, load);
}
