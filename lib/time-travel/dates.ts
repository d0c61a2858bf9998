// Days as people in the organisations mean them: calendar days in Europe/Paris. "The record on
// 12 March" is the record at the last instant of 12 March in Paris, whatever the server's zone
// and across daylight-saving changes.
import { z } from "zod";

export const TIME_ZONE = "Europe/Paris";

/** A calendar date typed as YYYY-MM-DD (what <input type="date"> sends). */
export const daySchema = z.iso.date({ error: "invalidDate" });

const partsFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
});

/** Paris's offset from UTC at `instant`, in milliseconds (+1 h in winter, +2 h in summer). */
function offsetAt(instant: number): number {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant midnight starts `day` in Paris. */
export function startOfDay(day: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, date);
  // The offset at the guess can differ from the one at the answer only around a change of
  // offset: one more step settles it (midnight is never inside the 02:00–03:00 gap in Paris).
  const guess = wall - offsetAt(wall);
  return new Date(wall - offsetAt(guess));
}

/** The last instant (millisecond precision, as stored) of `day` in Paris. */
export function endOfDay(day: string): Date {
  return new Date(startOfDay(addDays(day, 1)).getTime() - 1);
}

export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** Today's date in Paris. */
export function today(now: Date = new Date()): string {
  return new Date(now.getTime() + offsetAt(now.getTime())).toISOString().slice(0, 10);
}
