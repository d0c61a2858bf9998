// One LISTEN connection per app instance, shared by every open event stream of that instance.
// A notification only wakes the streams of its meeting; they read what they missed from the
// MeetingEvent table themselves, so a lost connection loses no event: on reconnection every
// stream is woken once to catch up.
import "server-only";
import pg from "pg";
import { env } from "@/lib/server/env";
import { MEETING_CHANNEL } from "./signal";

type Wake = () => void;

class MeetingListener {
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private readonly streams = new Map<string, Set<Wake>>();
  private retryMs = 250;

  /** Registers a stream; the returned function unregisters it. */
  subscribe(meetingId: string, wake: Wake): () => void {
    const set = this.streams.get(meetingId) ?? new Set<Wake>();
    set.add(wake);
    this.streams.set(meetingId, set);
    void this.ensureConnected();
    return () => {
      set.delete(wake);
      if (set.size === 0) this.streams.delete(meetingId);
    };
  }

  private ensureConnected(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: env().DATABASE_URL });
    client.on("notification", (message) => {
      const meetingId = message.payload?.split(":")[0];
      if (meetingId) this.streams.get(meetingId)?.forEach((wake) => wake());
    });
    client.on("error", () => this.lost(client));
    client.on("end", () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${MEETING_CHANNEL}`);
      this.client = client;
      this.retryMs = 250;
      // Whatever happened while we were not listening: every stream checks its table.
      this.wakeAll();
    } catch {
      client.removeAllListeners("end");
      await client.end().catch(() => undefined);
      this.retryLater();
    }
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    client.end().catch(() => undefined);
    this.retryLater();
  }

  private retryLater(): void {
    if (this.streams.size === 0) return;
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, 5_000);
    setTimeout(() => void this.ensureConnected(), delay).unref();
  }

  private wakeAll(): void {
    this.streams.forEach((set) => set.forEach((wake) => wake()));
  }
}

const holder = globalThis as unknown as { interpolesMeetingListener?: MeetingListener };

export function meetingListener(): MeetingListener {
  holder.interpolesMeetingListener ??= new MeetingListener();
  return holder.interpolesMeetingListener;
}
