// The shape of every change to a meeting: lock it, check who acts (policy.ts), write, signal the
// live screens (lib/live/signal.ts), in one transaction. Results are plain data the actions translate.
import type { MemberContext } from "@/lib/organizations/context";
import type { Db, Tx } from "@/lib/server/db";
import { signalMeeting } from "@/lib/live/signal";
import { lockMeeting, type LockedMeeting } from "./load";
import type { MeetingActor } from "./policy";

export type Actor = Pick<MemberContext, "user" | "organization" | "membership">;
export type MeetingRefusal = "not_found" | "forbidden" | "wrong_state" | "invalid";
export type MeetingResult = { ok: true } | { ok: false; reason: MeetingRefusal; fieldErrors?: Record<string, string> };

export const actorOf = (actor: Actor): MeetingActor => ({ userId: actor.user.id, permission: actor.membership.permission });

/** What a write returns when it found nothing to change: success, and no live screen is woken. */
export const UNCHANGED = Symbol("unchanged");

type Write = (tx: Tx, meeting: LockedMeeting) => Promise<MeetingResult | typeof UNCHANGED | void>;

export async function changeMeeting(
  db: Db, actor: Actor, meetingId: string, kind: string,
  allowed: (who: MeetingActor, meeting: LockedMeeting) => boolean, write: Write,
): Promise<MeetingResult> {
  return db.$transaction(async (tx): Promise<MeetingResult> => {
    const meeting = await lockMeeting(tx, actor.organization.id, meetingId);
    if (!meeting) return { ok: false, reason: "not_found" };
    if (!allowed(actorOf(actor), meeting)) return { ok: false, reason: "forbidden" };
    const refused = await write(tx, meeting);
    if (refused === UNCHANGED) return { ok: true };
    if (refused && !refused.ok) return refused;
    await signalMeeting(tx, meeting.organizationId, meeting.id, kind);
    return { ok: true };
  });
}

/** A journal entry for the moments worth one (start, close, cancel, minutes): not for each move. */
export function journal(tx: Tx, actor: Actor, meeting: LockedMeeting, kind: string) {
  return tx.event.create({
    data: {
      organizationId: meeting.organizationId, circleId: meeting.circleIds[0] ?? null, actorId: actor.user.id, kind,
      subjectId: meeting.id, data: { title: meeting.title },
    },
  });
}

export function invalid(error: { issues: { path: PropertyKey[]; message: string }[] }): MeetingResult {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
  return { ok: false, reason: "invalid", fieldErrors };
}
