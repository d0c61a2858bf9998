// Meetings are scheduled in the organisation's wall-clock time (the app's time zone, set in
// lib/i18n/request.ts), while the database keeps instants. <input type="datetime-local"> gives a
// wall-clock time without a zone: these two functions convert, daylight saving time included.
export const MEETING_TIME_ZONE = "Europe/Paris";

function offsetAt(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second")) - Math.floor(ms / 1000) * 1000;
}

/** "2026-12-10T18:30" in `timeZone` → the instant. A time skipped by DST moves forward by the gap. */
export function wallClockToInstant(local: string, timeZone = MEETING_TIME_ZONE): Date {
  const [date = "", time = ""] = local.split("T");
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [h, min] = time.split(":").map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, h, min);
  let instant = asUtc - offsetAt(asUtc, timeZone);
  const second = offsetAt(instant, timeZone);
  if (asUtc - second !== instant) instant = asUtc - second;
  return new Date(instant);
}

/** The instant as "YYYY-MM-DDTHH:mm" in `timeZone`, for a datetime-local input's value. */
export function instantToWallClock(instant: Date, timeZone = MEETING_TIME_ZONE): string {
  const shifted = new Date(instant.getTime() + offsetAt(instant.getTime(), timeZone));
  return shifted.toISOString().slice(0, 16);
}

/**
 * The start of a meeting typed in the form: a real instant, and not more than a day in the past (a
 * meeting may be recorded shortly after it began). Errors are i18n keys of the "meetings" namespace.
 */
export function startInstant(local: string, now: Date): { ok: true; instant: Date } | { ok: false; error: string } {
  const instant = wallClockToInstant(local);
  if (Number.isNaN(instant.getTime())) return { ok: false, error: "meetings.errors.startsAt" };
  if (instant.getTime() < now.getTime() - 24 * 3600_000) return { ok: false, error: "meetings.errors.inThePast" };
  return { ok: true, instant };
}
