// Shared helpers of the demo seed: the transaction type and relative dates, so the demo always
// looks current whatever day it is seeded.
import type { PrismaClient } from "../../lib/generated/prisma/client.ts";

/** What `db.$transaction(async (tx) => ...)` passes; the seed writes everything in one. */
export type SeedTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const DAY = 24 * 60 * 60 * 1000;

export function daysAgo(days: number, now: Date, hour = 10): Date {
  const date = new Date(now.getTime() - days * DAY);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
}

export function daysFromNow(days: number, now: Date, hour = 10): Date {
  return daysAgo(-days, now, hour);
}

/** A calendar date (for `@db.Date` columns such as term ends and review dates). */
export function dateOnly(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** Looks a key up in a map built by an earlier step; a typo in the demo data fails loudly. */
export function pick<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo seed: unknown key "${key}"`);
  return value;
}

/** What the later steps of the seed need from the earlier ones. */
export type SeedContext = {
  tx: SeedTx;
  organizationId: string;
  now: Date;
  userIds: Map<string, string>;
  membershipIds: Map<string, string>;
  circleIds: Map<string, string>;
  roleIds: Map<string, string>;
  names: Map<string, string>;
};
