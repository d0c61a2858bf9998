// Telling every screen of a live meeting that something changed, inside the transaction that
// changed it: a MeetingEvent row (what a reconnecting screen replays after its Last-Event-ID) and
// a NOTIFY (what wakes the event streams of every app instance). PostgreSQL delivers the NOTIFY
// at commit, and not at all on rollback, so a screen never hears of a change that did not happen.
import type { Tx } from "@/lib/server/db";

export const MEETING_CHANNEL = "interpoles_meeting";

/**
 * The advisory lock makes one meeting's events commit in the order of their ids: a stream that
 * has sent id N can then ask for "id > N" without ever skipping a later-committed smaller id.
 */
export async function signalMeeting(tx: Tx, organizationId: string, meetingId: string, kind: string): Promise<bigint> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`meeting:${meetingId}`}))`;
  const row = await tx.meetingEvent.create({ data: { organizationId, meetingId, kind }, select: { id: true } });
  await tx.$executeRaw`SELECT pg_notify(${MEETING_CHANNEL}, ${`${meetingId}:${row.id}`})`;
  return row.id;
}
