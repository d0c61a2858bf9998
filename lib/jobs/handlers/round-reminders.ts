// rounds.remind: 24 hours before a round's deadline, its participants who have not answered get
// one reminder notification. "Once" is kept by the journal: the reminder writes a `round.reminded`
// Event about the round in the same transaction as the notifications, and a round that has one is
// never reminded again. A transaction-level advisory lock on the round serialises two workers
// reminding the same round, so the second sees the first's Event and does nothing.
import type { Db, Tx } from "@/lib/server/db";
import { notify } from "@/lib/notifications/notify";

export const REMINDER_LEAD_MS = 24 * 60 * 60 * 1000;
export const REMINDED_EVENT = "round.reminded";

type DueRound = { id: string; organizationId: string; proposalId: string; openedAt: Date; deadlineAt: Date | null };

/** Returns how many reminder notifications were created. */
export async function sendRoundReminders(db: Db, now: Date): Promise<number> {
  const rounds = await db.consentRound.findMany({
    where: { status: "open", deadlineAt: { gt: now, lte: new Date(now.getTime() + REMINDER_LEAD_MS) } },
    select: { id: true, organizationId: true, proposalId: true, openedAt: true, deadlineAt: true },
    orderBy: { deadlineAt: "asc" },
    take: 500,
  });
  let reminded = 0;
  for (const round of rounds) {
    // A round shorter than the lead would be reminded as it opens, with its own "round opened".
    if (!round.deadlineAt || round.deadlineAt.getTime() - round.openedAt.getTime() <= REMINDER_LEAD_MS) continue;
    reminded += await db.$transaction((tx) => remindRound(tx, round, now));
  }
  return reminded;
}

async function remindRound(tx: Tx, round: DueRound, now: Date): Promise<number> {
  const { organizationId } = round;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`round.reminder:${round.id}`}, 0))`;
  const already = await tx.event.count({ where: { organizationId, subjectId: round.id, kind: REMINDED_EVENT } });
  if (already > 0) return 0;
  // Read under the lock: the round may have closed since the list was read.
  const current = await tx.consentRound.findFirst({
    where: { organizationId, id: round.id, status: "open" },
    select: {
      version: { select: { title: true } },
      proposal: { select: { circleId: true } },
      participants: { select: { userId: true } },
      responses: { where: { supersededAt: null }, select: { userId: true } },
    },
  });
  if (!current) return 0;
  const answered = new Set(current.responses.map((r) => r.userId));
  const missing = current.participants.map((p) => p.userId).filter((userId) => !answered.has(userId));
  if (missing.length === 0) return 0;
  const data = { roundId: round.id, proposalId: round.proposalId, title: current.version.title, deadlineAt: round.deadlineAt?.toISOString() ?? null };
  const count = await notify(tx, { organizationId, userIds: missing, kind: "round.reminder", data });
  await tx.event.create({
    data: {
      organizationId, circleId: current.proposal.circleId, actorId: null, kind: REMINDED_EVENT, subjectId: round.id,
      data: { ...data, count }, occurredAt: now,
    },
  });
  return count;
}
