// The engine's own verdict on a change set, without changing anything: the set is applied inside a
// transaction that is always rolled back. The engine applies only adopted decisions (or direct
// edits, which need an admin), so the dry run writes a provisional Decision row first; it is rolled
// back with the rest. Decided: the page shows this verdict (exact, with the engine's reasons) above
// the pure preview (./preview.ts), which explains every change and goes on after a refusal.
// Cost: one short transaction that takes the organisation's record lock (lib/record/apply.ts).
import "server-only";
import { applyChangesInTx } from "@/lib/record/apply";
import { RecordRefusal } from "@/lib/record/context";
import type { RefusalReason } from "@/lib/record/reasons";
import { db } from "@/lib/server/db";

export type DryRunVerdict = { ok: true } | { ok: false; index: number; reason: RefusalReason; field?: string } | null;

class RolledBack extends Error {}

export async function dryRun(input: {
  organizationId: string; proposalId: string; circleId: string; versionId: string; actorUserId: string; changes: readonly unknown[];
}): Promise<DryRunVerdict> {
  const { organizationId } = input;
  // An adopted proposal has its Decision already: nothing to try.
  if ((await db.decision.count({ where: { organizationId, proposalId: input.proposalId } })) > 0) return null;
  try {
    await db.$transaction(async (tx) => {
      const decision = await tx.decision.create({
        data: { organizationId, proposalId: input.proposalId, versionId: input.versionId, circleId: input.circleId, record: { dryRun: true } },
        select: { id: true },
      });
      await applyChangesInTx(tx, { organizationId, actorUserId: input.actorUserId, decisionId: decision.id, isDirectEdit: false, changes: input.changes });
      throw new RolledBack();
    }, { maxWait: 5_000, timeout: 15_000 });
    return { ok: true };
  } catch (error) {
    if (error instanceof RolledBack) return { ok: true };
    if (error instanceof RecordRefusal) return { ok: false, index: error.index, reason: error.reason, ...(error.field ? { field: error.field } : {}) };
    // A race with a real decision or a lock timeout: no verdict rather than a wrong one.
    return null;
  }
}
