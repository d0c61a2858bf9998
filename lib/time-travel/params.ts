// The query string of /o/[slug]/record, validated: ?at= (the record on that day), ?circle= (which
// circle to open), ?from=&to= and ?cursor= (what changed in between). Errors are message keys of
// timeTravel.errors; what was typed is kept to be echoed back.
import { z } from "zod";
import { addDays, daySchema, endOfDay, startOfDay, today } from "./dates";

export type DateError = "invalidDate" | "future" | "order";
export type AtParams = { day: string; instant: Date } | { error: DateError; typed: string };
export type BetweenParams = { from: string; to: string; start: Date; end: Date; cursor: string | null } | { error: DateError; from: string; to: string };

/** By default, what changed in the last 30 days. */
export const DEFAULT_SPAN_DAYS = 30;

type Raw = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim();
const uuid = z.uuid();

function checkDay(typed: string, now: Date): DateError | null {
  if (!daySchema.safeParse(typed).success) return "invalidDate";
  return typed > today(now) ? "future" : null;
}

export function parseAt(raw: Raw, now: Date = new Date()): AtParams {
  const typed = first(raw.at) || today(now);
  const error = checkDay(typed, now);
  return error ? { error, typed } : { day: typed, instant: endOfDay(typed) };
}

export function parseBetween(raw: Raw, now: Date = new Date()): BetweenParams {
  const to = first(raw.to) || today(now);
  const from = first(raw.from) || addDays(daySchema.safeParse(to).success ? to : today(now), -DEFAULT_SPAN_DAYS);
  const error = checkDay(from, now) ?? checkDay(to, now) ?? (from > to ? "order" : null);
  if (error) return { error, from, to };
  const cursor = first(raw.cursor);
  // changesBetween takes (from, to]: the instant before the first day starts includes all of it.
  return { from, to, start: new Date(startOfDay(from).getTime() - 1), end: endOfDay(to), cursor: cursor && uuid.safeParse(cursor).success ? cursor : null };
}

/** The circle to open, if the parameter is an id at all (whether it exists is the data's call). */
export function parseCircle(raw: Raw): string | null {
  const circle = first(raw.circle);
  return circle && uuid.safeParse(circle).success ? circle : null;
}
