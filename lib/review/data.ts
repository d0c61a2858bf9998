// The accountability review: every active accountability, grouped by circle (tree order) and role
// (core roles first, then by name), with the role's current holders. A constant number of queries
// whatever the size of the organisation: the circles (one query, ~500 rows at most), what matches
// per circle (one GROUP BY), then the roles of the circles shown with their accountabilities and
// holders (one query per table). The page asks for one page of circles (pages.ts); the exports
// for all of them.
import "server-only";
import type { CircleKind, CoreRole } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { byRecordVersion } from "@/lib/record/version-cache";
import { db } from "@/lib/server/db";
import { likeLiteral, type ReviewFilters } from "./filters";
import { cutPages } from "./pages";
import { orderCircles, subtree, type OrderedCircle } from "./tree";

export type ReviewHolder = { membershipId: string; name: string; focus: string | null };
export type ReviewAccountability = { id: string; description: string; position: number };
export type ReviewRole = {
  id: string;
  name: string;
  coreRole: CoreRole | null;
  holders: ReviewHolder[];
  accountabilities: ReviewAccountability[];
};
export type ReviewCircle = { id: string; parentId: string | null; name: string; kind: CircleKind; path: string[]; depth: number; roles: ReviewRole[] };

export type Review = {
  /** Every active circle in tree order: the choices of the circle filter. */
  circleOptions: OrderedCircle[];
  scopeCircle: OrderedCircle | null;
  member: { membershipId: string; name: string } | null;
  circles: ReviewCircle[];
  /** Circles and accountabilities matching the filters, over all pages. */
  circleCount: number;
  accountabilityCount: number;
  page: number;
  pageCount: number;
};

const CORE_ORDER: Record<CoreRole, number> = { lead_link: 0, rep_link: 1, facilitator: 2, secretary: 3 };

function accountabilityWhere(q: string | null): Prisma.AccountabilityWhereInput {
  return { archivedAt: null, ...(q ? { description: { contains: likeLiteral(q), mode: "insensitive" } } : {}) };
}

/**
 * How many accountabilities match the text and member filters, per circle (circles with none are
 * absent). The caller keeps the circles in scope, which are active ones: no join on Circle. Plain
 * SQL: Prisma's relation filters (`some`) compile to nested IN/EXISTS subqueries that took
 * seconds on 25,000 accountabilities, where these joins take milliseconds.
 */
async function countByCircle(organizationId: string, filters: ReviewFilters): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ circleId: string; count: number }[]>`
    SELECT r."circleId" AS "circleId", count(*)::int AS "count"
    FROM "Accountability" a
    JOIN "Role" r ON r."organizationId" = a."organizationId" AND r."id" = a."roleId"
    WHERE a."organizationId" = ${organizationId}::uuid AND a."archivedAt" IS NULL AND r."archivedAt" IS NULL
      ${filters.q ? Prisma.sql`AND a."description" ILIKE '%' || ${likeLiteral(filters.q)} || '%'` : Prisma.empty}
      ${filters.memberId
        ? Prisma.sql`AND EXISTS (SELECT 1 FROM "RoleAssignment" ra WHERE ra."organizationId" = r."organizationId"
            AND ra."roleId" = r."id" AND ra."membershipId" = ${filters.memberId}::uuid AND ra."endedAt" IS NULL)`
        : Prisma.empty}
    GROUP BY r."circleId"`;
  return new Map(rows.map((row) => [row.circleId, row.count]));
}

/**
 * The review of the organisation, filtered; `page` (1-based, clamped) or "all" for the exports.
 * Null when the circle or member of the filters is not an active one of this organisation.
 * With `recordVersion` (the member context's), the ordered circles and the counts without a text
 * filter are kept per version of the record (lib/record/version-cache.ts): counting 25,000
 * accountabilities is most of a large organisation's review.
 */
export async function loadReview(
  organizationId: string,
  filters: ReviewFilters,
  page: number | "all",
  locale = "fr",
  recordVersion?: number,
): Promise<Review | null> {
  const organization = { id: organizationId, recordVersion };
  // Three independent reads, in parallel; a foreign member id matches nothing in the counts.
  const [circleOptions, memberRow, counts] = await Promise.all([
    // Circle(organizationId, parentId) index; the whole active tree is needed to order it.
    byRecordVersion(organization, `review-circles:${locale}`, async () =>
      orderCircles(await db.circle.findMany({ where: { organizationId, archivedAt: null }, select: { id: true, parentId: true, name: true, kind: true } }), locale)),
    filters.memberId
      ? db.membership.findFirst({
          where: { id: filters.memberId, organizationId, removedAt: null },
          select: { id: true, user: { select: { name: true } } },
        })
      : Promise.resolve(null),
    filters.q ? countByCircle(organizationId, filters) : byRecordVersion(organization, `review-counts:${filters.memberId ?? ""}`, () => countByCircle(organizationId, filters)),
  ]);
  if (filters.memberId && !memberRow) return null;
  const scopeCircle = filters.circleId ? (circleOptions.find((circle) => circle.id === filters.circleId) ?? null) : null;
  if (filters.circleId && !scopeCircle) return null;
  const inScope = scopeCircle ? subtree(circleOptions, scopeCircle.id) : circleOptions;

  const matching = inScope.filter((circle) => counts.has(circle.id));
  const accountabilityCount = matching.reduce((sum, circle) => sum + (counts.get(circle.id) ?? 0), 0);

  const pages = cutPages(matching.map((circle) => counts.get(circle.id) ?? 0));
  const pageCount = Math.max(1, pages.length);
  const current = page === "all" ? 1 : Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const [start, end] = pages[current - 1] ?? [0, 0];
  const pageCircles = page === "all" ? matching : matching.slice(start, end);

  // Role(organizationId, circleId) index; then one query each for accountabilities
  // (organizationId, roleId, position), assignments (organizationId, roleId), members and users.
  const roles = pageCircles.length === 0 ? [] : await db.role.findMany({
    where: { organizationId, archivedAt: null, circleId: { in: pageCircles.map((circle) => circle.id) } },
    select: {
      id: true,
      name: true,
      coreRole: true,
      circleId: true,
      accountabilities: { where: accountabilityWhere(filters.q), orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, description: true, position: true } },
      assignments: {
        where: { endedAt: null, membership: { removedAt: null } },
        select: { focus: true, membership: { select: { id: true, user: { select: { name: true } } } } },
      },
    },
  });

  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const byCircle = new Map<string, ReviewRole[]>();
  for (const role of roles) {
    // The same conditions as countByCircle, applied to the roles of the circles shown.
    if (role.accountabilities.length === 0) continue;
    if (filters.memberId && !role.assignments.some((assignment) => assignment.membership.id === filters.memberId)) continue;
    const holders = role.assignments
      .map((assignment) => ({ membershipId: assignment.membership.id, name: assignment.membership.user.name, focus: assignment.focus }))
      .sort((a, b) => collator.compare(a.name, b.name) || (a.membershipId < b.membershipId ? -1 : 1));
    const entry: ReviewRole = { id: role.id, name: role.name, coreRole: role.coreRole, holders, accountabilities: role.accountabilities };
    byCircle.set(role.circleId, [...(byCircle.get(role.circleId) ?? []), entry]);
  }
  const roleOrder = (a: ReviewRole, b: ReviewRole) =>
    (a.coreRole ? CORE_ORDER[a.coreRole] : 9) - (b.coreRole ? CORE_ORDER[b.coreRole] : 9) ||
    collator.compare(a.name, b.name) ||
    (a.id < b.id ? -1 : 1);

  return {
    circleOptions,
    scopeCircle,
    member: memberRow ? { membershipId: memberRow.id, name: memberRow.user.name } : null,
    circles: pageCircles.map((circle) => ({ ...circle, roles: (byCircle.get(circle.id) ?? []).sort(roleOrder) })),
    circleCount: matching.length,
    accountabilityCount,
    page: current,
    pageCount,
  };
}
