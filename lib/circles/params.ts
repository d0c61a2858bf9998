// Reading what a URL carries (ids, page numbers, search parameters) before it reaches a query: a
// malformed id is an unknown id (404), never a database error.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** One value of a search parameter (the first, when repeated). */
export function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A 1-based page number; anything else is page 1. */
export function pageNumber(value: string | string[] | undefined): number {
  const page = Number(single(value));
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/**
 * `path` with the search parameters `params` (undefined or empty ones dropped), so that paging one
 * list of a page keeps the position of the others.
 */
export function hrefWith(path: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
