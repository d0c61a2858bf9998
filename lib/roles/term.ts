// When a holder's term is worth flagging: it ends within the next 30 days (or has just ended and
// nobody renewed it yet), so the circle can plan an election in time.
export const TERM_WARNING_DAYS = 30;

const DAY = 24 * 60 * 60 * 1000;

/** `termEndsOn` is a calendar date (midnight UTC); `now` an instant. */
export function termEndsSoon(termEndsOn: Date | null, now: Date): boolean {
  if (!termEndsOn) return false;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return termEndsOn.getTime() - today <= TERM_WARNING_DAYS * DAY;
}
