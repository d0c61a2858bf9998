// Telling every screen of a live meeting that something changed, inside the transaction that
// changed it: a MeetingEvent row (what a reconnecting screen replays after its Last-Event-ID) and
// a NOTIFY (what wakes the event streams of every app instance). PostgreSQL delivers the NOTIFY
// at commit, and not at all on rollback, so a screen never hears of a change that did not happen.
import type { Tx } from "@/lib/server/db";

export const MEETING_CHANNEL = "interpoles_meeting";

/**
 * The advisory lock makes one meeting's events commit in the order of their ids: a stream that
 * has sent id N can then ask for "id > N" without ever skipping a later-committed smaller id.
 * One statement, as it runs under the caller's locks (a consent answer holds its proposal's row):
 * the insert reads from the lock's row, so its id is drawn only once the lock is held, and the
 * notification names that id.
 */
export async function signalMeeting(tx: Tx, organizationId: string, meetingId: string, kind: string): Promise<bigint> {
  const rows = await tx.$queryRaw<{ id: bigint }[]>`
    WITH locked AS (SELECT pg_advisory_xact_lock(hashtext(${`meeting:${meetingId}`})) AS done),
    event AS (
      INSERT INTO "MeetingEvent" ("organizationId", "meetingId", "kind")
      SELECT ${organizationId}::uuid, ${meetingId}::uuid, ${kind} FROM locked
      RETURNING "id"
    )
    SELECT "id", pg_notify(${MEETING_CHANNEL}, ${meetingId} || ':' || "id")::text AS sent FROM event`;
  const row = rows[0];
  if (!row) throw new Error("signalMeeting: the event was not recorded");
  return row.id;
}
