// The review's filters, read from the URL (?circle=&q=&member=&page=) of the page and of the
// export route alike. Empty values mean "no filter"; an id that is not even a UUID is refused
// here (the caller answers 404, as for an unknown id) rather than reaching the database.
import { z } from "zod";

export const REVIEW_QUERY_MAX = 200;

export type ReviewFilters = { circleId: string | null; q: string | null; memberId: string | null };

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function first(params: Params, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

const uuid = z.uuid();

function optionalId(raw: string | undefined): { ok: true; id: string | null } | { ok: false } {
  const value = raw?.trim() ?? "";
  if (value === "") return { ok: true, id: null };
  return uuid.safeParse(value).success ? { ok: true, id: value.toLowerCase() } : { ok: false };
}

/** The filters, or null when an id is malformed. Whitespace in `q` is collapsed; it is cut at 200 characters. */
export function parseReviewFilters(params: Params): ReviewFilters | null {
  const circle = optionalId(first(params, "circle"));
  const member = optionalId(first(params, "member"));
  if (!circle.ok || !member.ok) return null;
  const q = (first(params, "q") ?? "").replace(/\s+/g, " ").trim().slice(0, REVIEW_QUERY_MAX);
  return { circleId: circle.id, q: q === "" ? null : q, memberId: member.id };
}

/** 1-based page number; anything else is page 1 (the data layer clamps to the last page). */
export function parsePage(params: Params): number {
  const page = Number(first(params, "page"));
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/** The query string that reproduces `filters` (and `extra`), without empty values. */
export function reviewQuery(filters: ReviewFilters, extra: Record<string, string | number> = {}): string {
  const search = new URLSearchParams();
  if (filters.circleId) search.set("circle", filters.circleId);
  if (filters.q) search.set("q", filters.q);
  if (filters.memberId) search.set("member", filters.memberId);
  for (const [key, value] of Object.entries(extra)) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** Prisma's `contains` becomes ILIKE '%…%' without escaping: escape LIKE's wildcards so the text is matched literally. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
