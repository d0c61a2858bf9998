import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { consume, pruneExpiredHits, refund } from "./consume";

const key = () => `test:${randomUUID()}`;

describe("consume", () => {
  it("lets `limit` hits through within the window, then refuses with the time to wait", async () => {
    const k = key();
    for (let i = 0; i < 3; i++) expect((await consume(k, { limit: 3, windowMs: 60_000 })).ok).toBe(true);
    const refused = await consume(k, { limit: 3, windowMs: 60_000 });
    if (refused.ok) throw new Error("expected the fourth hit to be refused");
    expect(refused.retryAfterMs).toBeGreaterThan(55_000);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(60_000);
    // A refused hit is not recorded: it does not push the window further.
    expect(await db.rateLimitHit.count({ where: { key: k } })).toBe(3);
  });

  it("keeps keys apart", async () => {
    const [a, b] = [key(), key()];
    expect((await consume(a, { limit: 1, windowMs: 60_000 })).ok).toBe(true);
    expect((await consume(a, { limit: 1, windowMs: 60_000 })).ok).toBe(false);
    expect((await consume(b, { limit: 1, windowMs: 60_000 })).ok).toBe(true);
  });

  it("never lets more than `limit` concurrent hits through", async () => {
    const k = key();
    const results = await Promise.all(Array.from({ length: 25 }, () => consume(k, { limit: 7, windowMs: 60_000 })));
    expect(results.filter((r) => r.ok)).toHaveLength(7);
    expect(await db.rateLimitHit.count({ where: { key: k } })).toBe(7);
  });

  it("lets hits through again once the window has passed, and prunes the old ones", async () => {
    const k = key();
    expect((await consume(k, { limit: 1, windowMs: 300 })).ok).toBe(true);
    expect((await consume(k, { limit: 1, windowMs: 300 })).ok).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await consume(k, { limit: 1, windowMs: 300 })).ok).toBe(true);
    expect(await db.rateLimitHit.count({ where: { key: k } })).toBe(1);
  });

  it("gives a hit back on refund", async () => {
    const k = key();
    const hit = await consume(k, { limit: 1, windowMs: 60_000 });
    if (!hit.ok) throw new Error("expected the first hit to pass");
    await refund(hit.hitId);
    expect((await consume(k, { limit: 1, windowMs: 60_000 })).ok).toBe(true);
  });

  it("prunes rows older than a day, whatever their key", async () => {
    const k = key();
    await db.rateLimitHit.create({ data: { key: k, createdAt: new Date(Date.now() - 25 * 60 * 60 * 1000) } });
    await db.rateLimitHit.create({ data: { key: k } });
    expect(await pruneExpiredHits()).toBeGreaterThanOrEqual(1);
    expect(await db.rateLimitHit.count({ where: { key: k } })).toBe(1);
  });
});
