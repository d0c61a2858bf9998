// Adoption (consent.md §5): the Decision and the version's whole change set, in the caller's
// transaction. The Decision is written first because every RecordChange points to it; if the record
// refuses the set, RecordRefusal propagates and the caller rolls both back (to its savepoint).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import { applyChangesInTx } from "@/lib/record/apply";
import { parseStoredChange } from "@/lib/record/changes";
import { RecordRefusal } from "@/lib/record/context";
import { buildDecisionRecord } from "./record";

export type AdoptInput = {
  organizationId: string;
  proposalId: string;
  circleId: string;
  versionNumber: number;
  roundNumber: number;
  /** Whose act adopted it (the last answer, the facilitator's close, a test); the proposer for the clock. */
  actorUserId: string;
  facilitatorId: string | null;
  reviewAt: number;
  now: Date;
  /** The meeting it was adopted in, if any (its minutes list it). */
  meetingId?: string | null;
};

export async function adoptInTx(tx: Tx, input: AdoptInput): Promise<string> {
  const { organizationId, proposalId } = input;
  const version = await tx.proposalVersion.findFirstOrThrow({
    where: { organizationId, proposalId, number: input.versionNumber },
    select: { id: true, changes: { select: { kind: true, payload: true }, orderBy: { position: "asc" } } },
  });
  const round = await tx.consentRound.findFirstOrThrow({ where: { organizationId, proposalId, number: input.roundNumber }, select: { id: true } });
  const changes = version.changes.map((row, index) => {
    const parsed = parseStoredChange(row);
    // A stored change that no longer parses cannot be applied: the proposer must amend it.
    if (!parsed.success) throw new RecordRefusal("invalid", parsed.error.issues[0]?.path.join(".") || undefined, index);
    return parsed.data;
  });
  const record = await buildDecisionRecord(tx, organizationId, proposalId, input.versionNumber, input.roundNumber);
  const decision = await tx.decision.create({
    data: {
      organizationId, proposalId, versionId: version.id, roundId: round.id, circleId: input.circleId, facilitatorId: input.facilitatorId, meetingId: input.meetingId ?? null,
      adoptedAt: input.now, reviewOn: new Date(new Date(input.reviewAt).toISOString().slice(0, 10)), record: record as unknown as Prisma.InputJsonObject,
    },
    select: { id: true },
  });
  await applyChangesInTx(tx, { organizationId, actorUserId: input.actorUserId, decisionId: decision.id, isDirectEdit: false, changes, now: input.now });
  return decision.id;
}
