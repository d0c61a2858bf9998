// "The end of a term raises an election" (consent.md §6). A meeting scheduled after a term's end
// gets its election when it is scheduled (lib/meetings/agenda-prefill.ts); this job covers a
// meeting scheduled *before* the term came near: each term ending on or before the date of a
// scheduled meeting of its role's circle adds an election item to the first such meeting, once
// (nothing is added while an election for that role waits in a scheduled or running meeting).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import { lockMeeting } from "@/lib/meetings/load";
import { signalMeeting } from "@/lib/live/signal";
import { newElection } from "./details";
import { ELECTED_ROLE_WHERE } from "./policy";

const BATCH = 500;

function electionPending(tx: Pick<Db, "agendaItem">, organizationId: string, roleId: string) {
  return tx.agendaItem.count({
    where: { organizationId, kind: "election", meeting: { status: { in: ["scheduled", "in_progress"] } }, details: { path: ["roleId"], equals: roleId } },
  });
}

/** Returns how many election items it added. Idempotent: a second run adds nothing. */
export async function raiseTermElections(db: Db, now: Date): Promise<number> {
  const upcoming = { status: "scheduled" as const, startsAt: { gte: now } };
  const latest = await db.meeting.aggregate({ where: upcoming, _max: { startsAt: true } });
  if (!latest._max.startsAt) return 0;
  const terms = await db.roleAssignment.findMany({
    where: {
      endedAt: null, termEndsOn: { not: null, lte: latest._max.startsAt },
      role: { archivedAt: null, ...ELECTED_ROLE_WHERE, circle: { archivedAt: null, meetingCircles: { some: { meeting: upcoming } } } },
    },
    select: { id: true, organizationId: true, roleId: true, termEndsOn: true, role: { select: { name: true, circleId: true } } },
    orderBy: [{ termEndsOn: "asc" }, { id: "asc" }], take: BATCH,
  });

  let added = 0;
  const seen = new Set<string>();
  for (const term of terms) {
    // One election per role, however many of its assignments come to term (as the pre-fill does).
    if (seen.has(term.roleId) || !term.termEndsOn) continue;
    seen.add(term.roleId);
    const { organizationId, roleId } = term;
    if ((await electionPending(db, organizationId, roleId)) > 0) continue;
    // The term (a calendar day, midnight UTC) ends on or before the meeting's day.
    const meeting = await db.meeting.findFirst({
      where: { organizationId, ...upcoming, startsAt: { gte: term.termEndsOn > now ? term.termEndsOn : now }, circles: { some: { circleId: term.role.circleId } } },
      select: { id: true }, orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    });
    if (!meeting) continue;
    const done = await db.$transaction(async (tx) => {
      const locked = await lockMeeting(tx, organizationId, meeting.id);
      // Checked again under the lock: the meeting may have started, or someone added the election.
      if (!locked || locked.status !== "scheduled" || (await electionPending(tx, organizationId, roleId)) > 0) return false;
      const last = await tx.agendaItem.aggregate({ where: { organizationId, meetingId: meeting.id }, _max: { position: true } });
      await tx.agendaItem.create({
        data: {
          organizationId, meetingId: meeting.id, position: (last._max.position ?? -1) + 1, kind: "election", title: term.role.name,
          addedById: locked.createdById, details: newElection(roleId, term.id) as unknown as Prisma.InputJsonObject,
        },
      });
      await signalMeeting(tx, organizationId, meeting.id, "agenda");
      return true;
    });
    if (done) added += 1;
  }
  return added;
}
