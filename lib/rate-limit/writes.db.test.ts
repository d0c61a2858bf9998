// The write limit against the real database: WRITES_PER_MEMBER writes a minute pass, the next one
// is refused with the time to wait, and one person's busy organisation never limits another
// organisation or another person.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { WRITES_PER_MEMBER, writeKey } from "./write-limits";
import { consumeWrite } from "./writes";

afterAll(() => db.$disconnect());

describe("the write limit", () => {
  it("lets WRITES_PER_MEMBER writes through in a minute and refuses the next one", async () => {
    const writer = { userId: randomUUID(), organizationId: randomUUID() };
    for (let i = 0; i < WRITES_PER_MEMBER.limit; i++) expect((await consumeWrite(writer)).ok).toBe(true);
    const refused = await consumeWrite(writer);
    if (refused.ok) throw new Error(`write #${WRITES_PER_MEMBER.limit + 1} was let through`);
    expect(refused.retryAfterMs).toBeGreaterThan(0);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(WRITES_PER_MEMBER.windowMs);
    // The refused write was not counted: the window does not grow while someone insists.
    expect(await db.rateLimitHit.count({ where: { key: writeKey(writer.userId, writer.organizationId) } })).toBe(WRITES_PER_MEMBER.limit);

    // Another organisation of the same person, the person's account, another person: unaffected.
    expect((await consumeWrite({ userId: writer.userId, organizationId: randomUUID() })).ok).toBe(true);
    expect((await consumeWrite({ userId: writer.userId, organizationId: null })).ok).toBe(true);
    expect((await consumeWrite({ userId: randomUUID(), organizationId: writer.organizationId })).ok).toBe(true);
  });

  it("is high enough for a person and low enough to stop a loop", () => {
    // A person fills a form in seconds; a replayed request loops thousands of times a minute.
    expect(WRITES_PER_MEMBER.windowMs).toBe(60_000);
    expect(WRITES_PER_MEMBER.limit).toBeGreaterThanOrEqual(60);
    expect(WRITES_PER_MEMBER.limit).toBeLessThanOrEqual(300);
  });

  it("keys organisation-less writes apart from every organisation's", () => {
    const userId = randomUUID();
    expect(writeKey(userId, null)).not.toBe(writeKey(userId, randomUUID()));
    expect(writeKey(userId, null)).toContain(userId);
  });
});
