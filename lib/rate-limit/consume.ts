// Sliding-window rate limits stored in PostgreSQL, so that a limit holds across several app
// instances and restarts. Each call is one transaction serialised per key by an advisory lock:
// counting the hits in the window and inserting the new one cannot interleave, so N concurrent
// calls never let more than `limit` through.
import "server-only";
import { db } from "@/lib/server/db";

export type RateLimit = { limit: number; windowMs: number };

export type ConsumeResult = { ok: true; hitId: bigint } | { ok: false; retryAfterMs: number };

/** Windows longer than this are not supported: older rows of every key are pruned. */
const MAX_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Records one hit against `key` unless `limit` hits already fall within the last `windowMs`.
 * A key must always be used with the same window (its old rows are pruned with that window):
 * name keys after what they limit, e.g. "signin:email:<email>".
 */
export async function consume(key: string, { limit, windowMs }: RateLimit): Promise<ConsumeResult> {
  if (windowMs > MAX_WINDOW_MS) throw new Error(`rate limit window above ${MAX_WINDOW_MS} ms`);
  const result = await db.$transaction(
    async (tx): Promise<ConsumeResult> => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
      // clock_timestamp(), not now(): now() is the start of the transaction, before the lock wait.
      await tx.$executeRaw`DELETE FROM "RateLimitHit" WHERE "key" = ${key}
        AND "createdAt" <= clock_timestamp() - make_interval(secs => ${windowMs / 1000})`;
      const [window] = await tx.$queryRaw<{ count: number; retryAfterMs: number | null }[]>`
        SELECT count(*)::int AS "count",
          ceil(extract(epoch FROM (min("createdAt") + make_interval(secs => ${windowMs / 1000}) - clock_timestamp())) * 1000)::int
            AS "retryAfterMs"
        FROM "RateLimitHit" WHERE "key" = ${key}`;
      if (window && window.count >= limit) return { ok: false, retryAfterMs: Math.max(1, window.retryAfterMs ?? windowMs) };
      const [hit] = await tx.$queryRaw<{ id: bigint }[]>`
        INSERT INTO "RateLimitHit" ("key", "createdAt") VALUES (${key}, clock_timestamp()) RETURNING "id"`;
      return { ok: true, hitId: hit!.id };
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
  // Keys that are never hit again would keep their rows: now and then, drop every expired one.
  if (Math.random() < 0.02) await pruneExpiredHits();
  return result;
}

/** Gives back a hit, e.g. a sign-in attempt that turned out to succeed (limits count failures). */
export async function refund(hitId: bigint): Promise<void> {
  await db.rateLimitHit.deleteMany({ where: { id: hitId } });
}

export async function pruneExpiredHits(): Promise<number> {
  return db.$executeRaw`DELETE FROM "RateLimitHit"
    WHERE "createdAt" < clock_timestamp() - make_interval(secs => ${MAX_WINDOW_MS / 1000})`;
}

/** Whole minutes to tell a person to wait (at least 1). */
export function minutesToWait(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}
