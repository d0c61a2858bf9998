// Searching the current record of one organisation: circles, roles, accountabilities, domains,
// policies and members, in one ranked list, a page at a time, with the matches marked.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import { splitHighlight, START_SEL, STOP_SEL, type HighlightPart } from "./highlight";
import { MIN_FUZZY_LENGTH, prefixQuery } from "./query";
import { arms, terms } from "./sql";

export const RESULTS_PER_PAGE = 20;

export type HitKind = "circle" | "role" | "accountability" | "domain" | "policy" | "member";
export type TargetKind = "circle" | "role" | "member";

export type SearchHit = {
  kind: HitKind;
  id: string;
  /** The page the hit links to: an accountability or a domain shows on its role's page, etc. */
  targetKind: TargetKind;
  targetId: string;
  name: HighlightPart[];
  /** An excerpt of the description around the matches; null when there is none. */
  snippet: HighlightPart[] | null;
  /** Where it sits: the parent circle, the role's circle, the accountability's role. */
  context: string | null;
};

export type SearchPage = { hits: SearchHit[]; page: number; hasNext: boolean };

// Names and short descriptions are shown whole; long descriptions as a few words around the matches.
const SHORT_BODY = 240;
const NAME_OPTIONS = `StartSel=${START_SEL}, StopSel=${STOP_SEL}, HighlightAll=true`;
const BODY_OPTIONS = `StartSel=${START_SEL}, StopSel=${STOP_SEL}, MaxWords=24, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "`;

type Row = { kind: HitKind; id: string; targetKind: TargetKind; targetId: string; name: string; snippet: string | null; context: string | null };

/** `query` must be validated (searchParamsSchema); `page` is 1-based. */
export async function searchRecord(db: Db, organizationId: string, query: string, page: number): Promise<SearchPage> {
  const t = terms(query, prefixQuery(query), query.length >= MIN_FUZZY_LENGTH);
  const offset = (page - 1) * RESULTS_PER_PAGE;
  // Stored text could hold the marker characters themselves: they are removed before marking.
  const clean = (column: Prisma.Sql) => Prisma.sql`translate(${column}, chr(1) || chr(2), '')`;
  // Ranked and cut first; ts_headline (the costly part) then runs on one page of rows only.
  const search = db.$queryRaw<Row[]>`
    SELECT hit.kind, hit.id, hit."targetKind", hit."targetId", hit.context,
      ts_headline('public.french_unaccent', ${clean(Prisma.sql`hit.name`)}, ${t.highlight}, ${NAME_OPTIONS}) AS name,
      CASE WHEN btrim(hit.body) = '' THEN NULL
        ELSE ts_headline('public.french_unaccent', ${clean(Prisma.sql`hit.body`)}, ${t.highlight},
          CASE WHEN length(hit.body) <= ${SHORT_BODY} THEN ${NAME_OPTIONS} ELSE ${BODY_OPTIONS} END) END AS snippet
    FROM (
      SELECT * FROM (${Prisma.join(arms(t, organizationId), " UNION ALL ")}) AS matched
      ORDER BY matched.score DESC, matched.name, matched.id
      LIMIT ${RESULTS_PER_PAGE + 1} OFFSET ${offset}
    ) AS hit
    ORDER BY hit.score DESC, hit.name, hit.id`;
  // Without parallel workers: for a query of a few milliseconds, starting them costs more than
  // they save (a common word in Grande Coop: 10 ms with them, 5 without), and the other requests
  // need the cores. SET LOCAL lasts for this transaction only, behind a connection pooler too.
  const [, rows] = await db.$transaction([db.$executeRaw`SET LOCAL max_parallel_workers_per_gather = 0`, search]);
  return {
    hits: rows.slice(0, RESULTS_PER_PAGE).map((row) => ({
      kind: row.kind,
      id: row.id,
      targetKind: row.targetKind,
      targetId: row.targetId,
      context: row.context,
      name: splitHighlight(row.name),
      snippet: row.snippet === null ? null : splitHighlight(row.snippet),
    })),
    page,
    hasNext: rows.length > RESULTS_PER_PAGE,
  };
}
