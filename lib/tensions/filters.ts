// The filters of the tension list, read from the URL (a GET form, so they work without
// JavaScript and every filtered list has its own address). Anything unexpected is ignored
// rather than refused: a hand-edited URL shows the unfiltered list, never an error.
import type { TensionKind, TensionStatus } from "@/lib/generated/prisma/enums";

export const TENSION_STATUSES = ["draft", "open", "processing", "resolved", "dropped"] as const satisfies readonly TensionStatus[];
export const TENSION_KINDS = ["governance", "operational"] as const satisfies readonly TensionKind[];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type TensionFilters = {
  mine: boolean;
  circleId: string | null;
  status: TensionStatus | null;
  kind: TensionKind | null;
  page: number;
};

type Params = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

function oneOf<T extends string>(values: readonly T[], value: string): T | null {
  return (values as readonly string[]).includes(value) ? (value as T) : null;
}

export function parseFilters(params: Params): TensionFilters {
  const circle = single(params.circle);
  const page = Number(single(params.page));
  return {
    mine: single(params.mine) === "1",
    circleId: UUID.test(circle) ? circle.toLowerCase() : null,
    status: oneOf(TENSION_STATUSES, single(params.status)),
    kind: oneOf(TENSION_KINDS, single(params.kind)),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The query string of `filters` (page 1 and empty filters left out), for links and pagination. */
export function filtersQuery(filters: TensionFilters, page = filters.page): string {
  const search = new URLSearchParams();
  if (filters.mine) search.set("mine", "1");
  if (filters.circleId) search.set("circle", filters.circleId);
  if (filters.status) search.set("status", filters.status);
  if (filters.kind) search.set("kind", filters.kind);
  if (page > 1) search.set("page", String(page));
  const query = search.toString();
  return query ? `?${query}` : "";
}
