// The clock of the consent process. Deadlines are stored (Proposal.deadlineAt: a round's close, an
// integration's end); the job runner calls closeDueRounds every minute or so and it sends the
// machine's `deadline` event to every process whose deadline has passed. Each one runs in its own
// locked transaction (run.ts), so two sweeps racing each other, or a sweep racing the last answer,
// give one outcome: the second finds the deadline already handled and changes nothing.
import type { Db } from "@/lib/server/db";
import { runEvent } from "./run";

const BATCH = 500;

/** Returns how many processes the deadline changed (closed rounds, expired integrations). */
export async function closeDueRounds(db: Db, now: Date): Promise<number> {
  // Across organisations: this is the job's only query that is not scoped by one, and it only
  // reads ids; each event then runs scoped by its proposal's own organisation.
  const due = await db.proposal.findMany({
    where: { status: "in_process", deadlineAt: { lte: now } },
    select: { id: true, organizationId: true },
    orderBy: { deadlineAt: "asc" },
    take: BATCH,
  });
  let changed = 0;
  for (const proposal of due) {
    try {
      const result = await runEvent(db, {
        organizationId: proposal.organizationId, proposalId: proposal.id, actorUserId: null, now, event: () => ({ type: "deadline" }),
      });
      if (result.ok && result.changed) changed++;
    } catch (error) {
      // One broken process must not stop the others; the next sweep tries it again.
      console.error(`closeDueRounds: proposal ${proposal.id}`, error);
    }
  }
  return changed;
}
