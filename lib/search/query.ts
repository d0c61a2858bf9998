// What the search box accepts, and the prefix query built from it. The full-text query itself is
// parsed by PostgreSQL (websearch_to_tsquery never fails on user input); the prefix query is
// built here from letters and digits only, so that to_tsquery can never see its own syntax.
import { z } from "zod";

export const MAX_QUERY_LENGTH = 200;
/** Below this many characters, fuzzy (trigram) matching would match nearly everything. */
export const MIN_FUZZY_LENGTH = 3;
const MAX_PREFIX_WORDS = 8;

export const searchParamsSchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, "search.errors.empty")
    .max(MAX_QUERY_LENGTH, "search.errors.tooLong"),
  page: z.coerce.number().int().min(1).max(50).catch(1),
});

export type SearchInput = z.output<typeof searchParamsSchema>;

/** "facil comm" → "facil:* & comm:*": every word, as the beginning of a word. Empty if no word. */
export function prefixQuery(query: string): string {
  const words = query.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];
  return words
    .slice(0, MAX_PREFIX_WORDS)
    .map((word) => `${word}:*`)
    .join(" & ");
}

/** The first value of a search parameter (Next gives string | string[] | undefined). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
