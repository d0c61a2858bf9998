// An election item's `AgendaItem.details` (consent.md §6): the role, its term and criteria, where
// the election stands, and the nominations. Stored as JSON, so every read goes through
// `readDetails` (a row that does not parse is no election) and every write through `detailsSchema`.
// User ids throughout; lib/rounds/meeting.ts reads `nomineeUserId` to make the nominee answer last.
import { z } from "zod";

export const PHASES = ["setup", "nominating", "changing", "proposed"] as const;
export type Phase = (typeof PHASES)[number];

export const CRITERIA_MAX = 2_000;
export const REASON_MAX = 1_000;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "elections.errors.termDate").refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "elections.errors.termDate");

export const nominationSchema = z.object({
  byUserId: z.uuid(),
  nomineeUserId: z.uuid(),
  reason: z.string().trim().min(1, "elections.errors.reasonRequired").max(REASON_MAX, "elections.errors.tooLong"),
  at: z.iso.datetime(),
});
export type Nomination = z.infer<typeof nominationSchema>;

export const detailsSchema = z.object({
  roleId: z.uuid(),
  termEndsOn: day.nullable(),
  criteria: z.string().max(CRITERIA_MAX, "elections.errors.tooLong"),
  endingAssignmentId: z.uuid().nullable().optional(),
  phase: z.enum(PHASES),
  nominations: z.array(nominationSchema),
  nomineeUserId: z.uuid().nullable().optional(),
});
export type ElectionDetails = z.infer<typeof detailsSchema>;

/** The details of a fresh election (also what the agenda pre-fill and the term job write). */
export function newElection(roleId: string, endingAssignmentId: string | null, termEndsOn: string | null = null, criteria = ""): ElectionDetails {
  return { roleId, termEndsOn, criteria, endingAssignmentId, phase: "setup", nominations: [], nomineeUserId: null };
}

export function readDetails(value: unknown): ElectionDetails | null {
  const parsed = detailsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Each participant has one nomination: a new one replaces theirs, wherever it stood. */
export function withNomination(details: ElectionDetails, nomination: Nomination): ElectionDetails {
  return { ...details, nominations: [...details.nominations.filter((n) => n.byUserId !== nomination.byUserId), nomination] };
}

export type TallyRow = { nomineeUserId: string; count: number };

/**
 * Support per nominee, strongest first. Ties keep the order in which each nominee was first
 * nominated (stable), so the list does not reshuffle as people change theirs.
 */
export function tally(nominations: readonly Pick<Nomination, "nomineeUserId">[]): TallyRow[] {
  const counts = new Map<string, number>();
  for (const n of nominations) counts.set(n.nomineeUserId, (counts.get(n.nomineeUserId) ?? 0) + 1);
  return [...counts].map(([nomineeUserId, count]) => ({ nomineeUserId, count })).sort((a, b) => b.count - a.count);
}

/** What one reader may see: before the reveal, only their own nomination and how many there are. */
export function visibleNominations(details: ElectionDetails, readerUserId: string): { mine: Nomination | null; shown: Nomination[]; count: number } {
  const mine = details.nominations.find((n) => n.byUserId === readerUserId) ?? null;
  const revealed = details.phase === "changing" || details.phase === "proposed";
  return { mine, shown: revealed ? details.nominations : mine ? [mine] : [], count: details.nominations.length };
}
