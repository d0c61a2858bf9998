// When a role assignment's term ends. Terms are calendar dates (no time of day, stored as UTC
// midnight), so the count is in whole days from today's date in the organisation's time zone.
export const TERM_ENDS_SOON_DAYS = 30;

export type TermState = "ended" | "endsSoon" | "running";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Today's calendar date in `timeZone`, as UTC midnight (the same shape as a `@db.Date`). */
export function calendarDate(now: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    .format(now)
    .split("-")
    .map(Number);
  const [year = 1970, month = 1, day = 1] = parts;
  return new Date(Date.UTC(year, month - 1, day));
}

/** Whole days from `today` to `termEndsOn` (0: ends today; negative: already over). */
export function daysUntil(termEndsOn: Date, today: Date): number {
  return Math.round((termEndsOn.getTime() - today.getTime()) / DAY_MS);
}

export function termState(termEndsOn: Date | null, today: Date): TermState | null {
  if (!termEndsOn) return null;
  const days = daysUntil(termEndsOn, today);
  if (days < 0) return "ended";
  return days <= TERM_ENDS_SOON_DAYS ? "endsSoon" : "running";
}
