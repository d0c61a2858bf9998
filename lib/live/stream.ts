// The server-sent events of one meeting for one screen: every MeetingEvent after the client's
// Last-Event-ID, then each new one as it commits (woken by the listener), with a heartbeat that
// keeps proxies from closing a quiet connection and doubles as a slow poll should a NOTIFY be lost.
import "server-only";
import { db } from "@/lib/server/db";
import { meetingListener } from "./listener";

const HEARTBEAT_MS = 15_000;
const encoder = new TextEncoder();

/** The id to resume after: the Last-Event-ID header (or query parameter), else the latest one. */
export async function resumePoint(organizationId: string, meetingId: string, lastEventId: string | null): Promise<bigint> {
  if (lastEventId && /^\d{1,18}$/.test(lastEventId)) return BigInt(lastEventId);
  const latest = await db.meetingEvent.findFirst({ where: { organizationId, meetingId }, orderBy: { id: "desc" }, select: { id: true } });
  return latest?.id ?? 0n;
}

export function meetingEventStream(organizationId: string, meetingId: string, after: bigint, signal: AbortSignal): ReadableStream<Uint8Array> {
  let last = after;
  let running = false;
  let again = false;
  let closed = false;
  let unsubscribe = () => {};
  let heartbeat: ReturnType<typeof setInterval> | undefined;

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const close = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(heartbeat);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      // One catch-up at a time; a wake during one runs another right after.
      const catchUp = async () => {
        if (running) {
          again = true;
          return;
        }
        running = true;
        try {
          do {
            again = false;
            const rows = await db.meetingEvent.findMany({
              where: { organizationId, meetingId, id: { gt: last } }, orderBy: { id: "asc" }, take: 200, select: { id: true, kind: true },
            });
            for (const row of rows) {
              send(`id: ${row.id}\nevent: change\ndata: ${JSON.stringify({ kind: row.kind })}\n\n`);
              last = row.id;
            }
            if (rows.length === 200) again = true;
          } while (again && !closed);
        } catch {
          // The database is unreachable for now: the next wake or heartbeat tries again.
        } finally {
          running = false;
        }
      };
      signal.addEventListener("abort", close);
      // The browser waits this long before reconnecting after a drop.
      send(`retry: 1000\n\n`);
      unsubscribe = meetingListener().subscribe(meetingId, () => void catchUp());
      heartbeat = setInterval(() => {
        send(`: heartbeat\n\n`);
        void catchUp();
      }, HEARTBEAT_MS);
      void catchUp();
    },
    cancel() {
      closed = true;
      unsubscribe();
      clearInterval(heartbeat);
    },
  });
}
