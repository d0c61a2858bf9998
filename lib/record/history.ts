// Reading the record's history: one entity's changes, the record as it stood at a date, and what
// changed between two dates. All of it from RecordChange rows, scoped by organisation.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import type { RecordAction, RecordEntity } from "@/lib/generated/prisma/enums";
import { buildRecordState, type LatestRow, type RecordState } from "./snapshot-state";

export type Page = { cursor?: string; take?: number };
export type Paginated<T> = { items: T[]; nextCursor: string | null };

export type HistoryEntry = {
  id: string;
  entity: RecordEntity;
  entityId: string;
  action: RecordAction;
  circleId: string | null;
  roleId: string | null;
  occurredAt: Date;
  actorId: string | null;
  decisionId: string | null;
  isDirectEdit: boolean;
  before: unknown;
  after: unknown;
};

const select = {
  id: true, entity: true, entityId: true, action: true, circleId: true, roleId: true, occurredAt: true,
  actorId: true, decisionId: true, isDirectEdit: true, before: true, after: true,
} as const;

/** Newest first; `nextCursor` is the id to pass as `cursor` for the next page. */
const order = [{ occurredAt: "desc" as const }, { id: "desc" as const }];

function pageArgs({ cursor, take = 20 }: Page) {
  const size = Math.min(Math.max(Math.trunc(take), 1), 100);
  return { size, args: { take: size + 1, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) } };
}

function paginate<T extends { id: string }>(rows: T[], size: number): Paginated<T> {
  const items = rows.slice(0, size);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > size && last ? last.id : null };
}

export async function entityHistory(
  db: Db,
  organizationId: string,
  entity: RecordEntity,
  entityId: string,
  page: Page = {},
): Promise<Paginated<HistoryEntry>> {
  const { size, args } = pageArgs(page);
  const rows = await db.recordChange.findMany({ where: { organizationId, entity, entityId }, orderBy: order, select, ...args });
  return paginate(rows, size);
}

/**
 * The record as it stood at `date`: the latest snapshot of each entity at or before that instant
 * (DISTINCT ON over the (organizationId, entity, entityId, occurredAt) index, read backwards),
 * without what was archived, removed or ended by then.
 */
export async function recordAt(db: Db, organizationId: string, date: Date): Promise<RecordState> {
  // Columns are qualified: the ::text output aliases must not shadow them in DISTINCT ON / ORDER BY,
  // which would sort on text and lose the index order.
  const rows = await db.$queryRaw<LatestRow[]>`
    SELECT DISTINCT ON (rc."entity", rc."entityId")
      rc."entity"::text AS "entity", rc."entityId"::text AS "entityId", rc."action"::text AS "action",
      rc."circleId"::text AS "circleId", rc."roleId"::text AS "roleId", rc."after"
    FROM "RecordChange" rc
    WHERE rc."organizationId" = ${organizationId}::uuid AND rc."occurredAt" <= ${date}
    ORDER BY rc."entity" DESC, rc."entityId" DESC, rc."occurredAt" DESC, rc."id" DESC`;
  const general = await generalCircleRow(db, organizationId, date, rows);
  return buildRecordState(general ? [...rows, general] : rows);
}

/** The latest row of each entity matching `where`, at or before `date`. */
function latestRows(db: Db, organizationId: string, date: Date, where: Prisma.Sql): Promise<LatestRow[]> {
  return db.$queryRaw<LatestRow[]>`
    SELECT DISTINCT ON (rc."entity", rc."entityId")
      rc."entity"::text AS "entity", rc."entityId"::text AS "entityId", rc."action"::text AS "action",
      rc."circleId"::text AS "circleId", rc."roleId"::text AS "roleId", rc."after"
    FROM "RecordChange" rc
    WHERE rc."organizationId" = ${organizationId}::uuid AND rc."occurredAt" <= ${date} AND ${where}
    ORDER BY rc."entity" DESC, rc."entityId" DESC, rc."occurredAt" DESC, rc."id" DESC`;
}

/**
 * The record at `date` as one page shows it: every circle, and the content (roles with their
 * accountabilities, domains, policies) of ONE circle — the general circle when `circleId` is null.
 * Unlike `recordAt`, it reads only the rows it needs, through the `(organizationId, entity, …)`,
 * `(organizationId, circleId, …)` and `(organizationId, roleId, …)` indexes, so its cost does not grow
 * with the size of the whole organisation's history.
 */
export async function recordAtForCircle(db: Db, organizationId: string, date: Date, circleId: string | null): Promise<RecordState> {
  const circles = await latestRows(db, organizationId, date, Prisma.sql`rc."entity" = 'circle'`);
  const general = await generalCircleRow(db, organizationId, date, circles);
  const allCircles = general ? [...circles, general] : circles;
  const target =
    circleId ?? allCircles.find((row) => (row.after as { parentId?: unknown } | null)?.parentId == null)?.entityId ?? null;
  if (!target) return buildRecordState(allCircles);
  const content = await latestRows(db, organizationId, date, Prisma.sql`rc."entity" IN ('role', 'domain', 'policy')
      AND rc."entityId" IN (SELECT "entityId" FROM "RecordChange" WHERE "organizationId" = ${organizationId}::uuid
        AND "circleId" = ${target}::uuid AND "occurredAt" <= ${date})`);
  const roleIds = content.filter((row) => row.entity === "role").map((row) => row.entityId);
  const accountabilities = roleIds.length
    ? await latestRows(db, organizationId, date, Prisma.sql`rc."entity" = 'accountability' AND rc."roleId" = ANY(${roleIds}::uuid[])`)
    : [];
  return buildRecordState([...allCircles, ...content, ...accountabilities]);
}

/**
 * The general circle is created with its organisation (lib/organizations), before the record's
 * history begins. Without a snapshot of its own, its state at `date` is the state before its first
 * recorded change, or its current state if it never changed.
 */
async function generalCircleRow(db: Db, organizationId: string, date: Date, rows: readonly LatestRow[]): Promise<LatestRow | null> {
  const circle = await db.circle.findFirst({ where: { organizationId, kind: "general" } });
  if (!circle || circle.createdAt > date) return null;
  if (rows.some((row) => row.entity === "circle" && row.entityId === circle.id)) return null;
  const first = await db.recordChange.findFirst({
    where: { organizationId, entity: "circle", entityId: circle.id },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    select: { before: true },
  });
  const after = first ? first.before : { ...circle, archivedAt: null };
  return { entity: "circle", entityId: circle.id, action: "created", circleId: circle.id, roleId: null, after };
}

export type ChangeSummary = Omit<HistoryEntry, "before" | "after"> & {
  /** How the entity changed: appeared in the record, changed in it, or left it. */
  change: "created" | "changed" | "archived";
  /** Its name (circle, role, domain), title (policy) or description (accountability), if any. */
  label: string | null;
};

function labelOf(snapshot: unknown): string | null {
  if (typeof snapshot !== "object" || snapshot === null) return null;
  const json = snapshot as Record<string, unknown>;
  const label = json.name ?? json.title ?? json.description;
  return typeof label === "string" ? label : null;
}

/** Every change after `from` and up to `to` (inclusive), newest first, paginated. */
export async function changesBetween(db: Db, organizationId: string, from: Date, to: Date, page: Page = {}): Promise<Paginated<ChangeSummary>> {
  const { size, args } = pageArgs(page);
  const rows = await db.recordChange.findMany({ where: { organizationId, occurredAt: { gt: from, lte: to } }, orderBy: order, select, ...args });
  const items = rows.map(({ before, after, ...row }) => ({
    ...row,
    change: row.action === "created" ? ("created" as const) : row.action === "archived" || row.action === "removed" ? ("archived" as const) : ("changed" as const),
    label: labelOf(after) ?? labelOf(before),
  }));
  return paginate(items, size);
}
