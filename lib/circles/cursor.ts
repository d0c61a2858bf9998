// Keyset pagination of time-ordered logs (a circle's journal, a role's history): newest first,
// ordered by (occurredAt, id). The cursor names the last row shown, so a page costs one index
// range scan however deep the reader goes, and rows written meanwhile never shift the pages.
import { isUuid } from "./params";

export type Cursor = { occurredAt: Date; id: string };

export function encodeCursor(row: Cursor): string {
  return `${row.occurredAt.getTime()}.${row.id}`;
}

/** The cursor in a URL, or null when absent or malformed (the reader then sees the first page). */
export function decodeCursor(value: unknown): Cursor | null {
  if (typeof value !== "string") return null;
  const match = /^(\d{1,15})\.(.+)$/.exec(value);
  if (!match || !isUuid(match[2])) return null;
  const occurredAt = new Date(Number(match[1]));
  return Number.isNaN(occurredAt.getTime()) ? null : { occurredAt, id: match[2]!.toLowerCase() };
}

/** Prisma `where` for the rows after `cursor` in (occurredAt desc, id desc) order. */
export function olderThan(cursor: Cursor | null) {
  if (!cursor) return {};
  return { OR: [{ occurredAt: { lt: cursor.occurredAt } }, { occurredAt: cursor.occurredAt, id: { lt: cursor.id } }] };
}

export const newestFirst = [{ occurredAt: "desc" as const }, { id: "desc" as const }];

/** Splits the `size + 1` rows read into a page and the cursor of the next one. */
export function pageOf<T extends Cursor>(rows: T[], size: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, size);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > size && last ? encodeCursor(last) : null };
}
