import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createConsentFixture } from "@/lib/rounds/testing/fixtures";
import { scheduled } from "@/lib/meetings/testing/meeting";
import { signalMeeting } from "./signal";
import { meetingEventStream, resumePoint } from "./stream";

afterAll(() => db.$disconnect());

/** Reads the stream until `count` events arrived (or fails after `ms`). */
async function events(stream: ReadableStream<Uint8Array>, count: number, ms = 5_000): Promise<{ id: number; kind: string }[]> {
  const reader = stream.getReader();
  const found: { id: number; kind: string }[] = [];
  let text = "";
  const deadline = Date.now() + ms;
  while (found.length < count) {
    const chunk = await Promise.race([reader.read(), new Promise<null>((resolve) => setTimeout(() => resolve(null), Math.max(1, deadline - Date.now())))]);
    if (!chunk || chunk.done) break;
    text += new TextDecoder().decode(chunk.value);
    const blocks = text.split("\n\n");
    text = blocks.pop() ?? "";
    for (const block of blocks) {
      const id = /^id: (\d+)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (id && data) found.push({ id: Number(id), kind: (JSON.parse(data) as { kind: string }).kind });
    }
  }
  reader.releaseLock();
  return found;
}

const signal = (organizationId: string, meetingId: string, kind: string) =>
  db.$transaction((tx) => signalMeeting(tx, organizationId, meetingId, kind));

describe("a meeting's event stream", () => {
  it("replays what came after the Last-Event-ID, then delivers each new event as it commits", async () => {
    const c = await createConsentFixture(db);
    const meetingId = await scheduled(db, c.admin, { circleIds: [c.circleId], facilitator: c.facilitator });
    const organizationId = c.fx.organizationId;
    const first = await signal(organizationId, meetingId, "one");
    await signal(organizationId, meetingId, "two");
    const abort = new AbortController();
    const stream = meetingEventStream(organizationId, meetingId, first, abort.signal);
    const reader = events(stream, 2);
    // Committed after the stream opened: the NOTIFY wakes it (long before its 15 s heartbeat).
    await new Promise((resolve) => setTimeout(resolve, 300));
    await signal(organizationId, meetingId, "three");
    const got = await reader;
    abort.abort();
    expect(got.map((e) => e.kind)).toEqual(["two", "three"]);
  });

  it("never hears of a change that was rolled back, nor of another meeting's", async () => {
    const c = await createConsentFixture(db);
    const meetingId = await scheduled(db, c.admin, { circleIds: [c.circleId], facilitator: c.facilitator });
    const otherId = await scheduled(db, c.admin, { circleIds: [c.circleId], facilitator: c.facilitator });
    const organizationId = c.fx.organizationId;
    const abort = new AbortController();
    const stream = meetingEventStream(organizationId, meetingId, await resumePoint(organizationId, meetingId, null), abort.signal);
    const reader = events(stream, 1, 3_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await db.$transaction(async (tx) => {
      await signalMeeting(tx, organizationId, meetingId, "rolled-back");
      throw new Error("rollback");
    }).catch(() => undefined);
    await signal(organizationId, otherId, "elsewhere");
    await signal(organizationId, meetingId, "kept");
    const got = await reader;
    abort.abort();
    expect(got.map((e) => e.kind)).toEqual(["kept"]);
  });

  it("resumes from a Last-Event-ID only when it is a number, else from the latest event", async () => {
    const c = await createConsentFixture(db);
    const meetingId = await scheduled(db, c.admin, { circleIds: [c.circleId], facilitator: c.facilitator });
    const organizationId = c.fx.organizationId;
    const last = await signal(organizationId, meetingId, "x");
    expect(await resumePoint(organizationId, meetingId, "12")).toBe(12n);
    expect(await resumePoint(organizationId, meetingId, "12; DROP TABLE")).toBe(last);
    expect(await resumePoint(organizationId, meetingId, null)).toBe(last);
  });
});
