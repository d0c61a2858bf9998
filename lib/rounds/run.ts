// One event of a proposal's process, as one transaction: lock the proposal, load its state, ask
// the machine, write the differences, carry out the effects, journal it. Adoption runs under a
// savepoint: if the record refuses the change set, only the adoption is rolled back and the
// machine's `adoption_refused` is saved instead, so `adopted` never exists without its Decision.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/server/db";
import { transition } from "@/lib/consent/machine";
import type { Actor, ConsentEvent, Effect, Refusal } from "@/lib/consent/events";
import type { ProcessState } from "@/lib/consent/types";
import { adoptInTx } from "@/lib/decisions/adopt";
import { isUniqueViolation } from "@/lib/organizations/unique-violation";
import { RecordRefusal } from "@/lib/record/context";
import { actorWith, facilitatorOf } from "./capacities";
import { carryOut } from "./effects";
import { type LoadedProcess, loadForEvent, lockProposal } from "./load";
import { saveProcess } from "./save";
import { signalMeeting } from "@/lib/live/signal";
import { type LiveMeeting, liveMeetingFrom, withMeetingFacilitator } from "./meeting";
import { eventInsert, Inserts } from "./writes";

export type RunFailure = { ok: false; reason: Refusal | "not_found" | "forbidden" | "conflict" };
export type Conflict = { reason: string; index: number; field?: string };
export type RunSuccess = { ok: true; changed: boolean; state: ProcessState; decisionId: string | null; conflict: Conflict | null };
export type RunResult = RunSuccess | RunFailure;

export type RunInput = {
  organizationId: string;
  proposalId: string;
  /** The acting user; null for the clock (a `deadline` event). */
  actorUserId: string | null;
  now: Date;
  /** The event, built from the locked state (e.g. the participant snapshot of a round that opens). */
  event: (context: { tx: Tx; loaded: LoadedProcess; actor: Actor | null; live: LiveMeeting | null }) => Promise<ConsentEvent | RunFailure> | ConsentEvent | RunFailure;
  /** Adjusts the loaded state first (an amendment's version already written by the proposals module). */
  prepare?: (state: ProcessState) => ProcessState;
  /** Extra data for the journal's Event row. */
  data?: Prisma.InputJsonObject;
  /**
   * The ids of the answers the event will create (an answer's id is made before the state is read):
   * the only superseded answers the machine can tell apart from the others, so the only ones read.
   * Absent: every superseded answer of the round is read.
   */
  answerIds?: readonly string[];
};

export async function runEvent(db: Db, input: RunInput): Promise<RunResult> {
  try {
    return await db.$transaction((tx) => runInTx(tx, input), { maxWait: 10_000, timeout: 30_000 });
  } catch (error) {
    // Backstop of the lock: one open round per proposal, one current answer per participant.
    if (isUniqueViolation(error)) return { ok: false, reason: "conflict" };
    throw error;
  }
}

async function runInTx(tx: Tx, input: RunInput): Promise<RunResult> {
  const { organizationId, proposalId, now } = input;
  const proposal = await lockProposal(tx, organizationId, proposalId);
  if (!proposal) return { ok: false, reason: "not_found" };
  // Under the lock, in one statement: the state, the live meeting, the actor's roles, the versions.
  const context = await loadForEvent(tx, proposal, { actorUserId: input.actorUserId, superseded: input.answerIds ? { ids: input.answerIds } : "all" });
  const { loaded } = context;
  const before = input.prepare ? input.prepare(loaded.state) : loaded.state;
  const live = liveMeetingFrom(context.live);
  const actor = input.actorUserId ? withMeetingFacilitator(actorWith(input.actorUserId, context.actorRoles), live) : null;
  const versions = new Map([...context.versions].map(([number, version]) => [number, version.id]));
  const event = await input.event({ tx, loaded: { ...loaded, state: before }, actor, live });
  if ("ok" in event) return event;
  const result = transition(before, event, now.getTime());
  if (!result.ok) return { ok: false, reason: result.reason };
  if (JSON.stringify(result.state) === JSON.stringify(before)) {
    return { ok: true, changed: false, state: before, decisionId: null, conflict: null };
  }

  let { state, effects } = result;
  let decisionId: string | null = null;
  let conflict: Conflict | null = null;
  let roundId: string | null;
  // New rows (answers, notifications, the journal's) go to the database in one statement at the end.
  const inserts = new Inserts();
  const adopt = effects.find((e): e is Extract<Effect, { type: "adopt" }> => e.type === "adopt");
  if (adopt) {
    await tx.$executeRawUnsafe("SAVEPOINT consent_adoption");
    try {
      roundId = await saveProcess(tx, loaded.proposal, loaded.state, state, loaded.roundId, { meetingId: live?.id, versions, inserts });
      // The decision's record reads the round's answers.
      await inserts.flush(tx);
      decisionId = await adoptInTx(tx, {
        organizationId, proposalId, circleId: loaded.proposal.circleId, versionNumber: adopt.versionNumber, roundNumber: adopt.roundNumber,
        actorUserId: input.actorUserId ?? loaded.proposal.authorId,
        facilitatorId: live?.facilitatorId ?? (await facilitatorOf(tx, organizationId, loaded.proposal.circleId)),
        reviewAt: adopt.reviewAt, now, meetingId: live?.id ?? null,
      });
      await tx.$executeRawUnsafe("RELEASE SAVEPOINT consent_adoption");
    } catch (error) {
      if (!(error instanceof RecordRefusal)) throw error;
      await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT consent_adoption");
      conflict = { reason: error.reason, index: error.index, ...(error.field ? { field: error.field } : {}) };
      const refused = transition(state, { type: "adoption_refused", conflict: JSON.stringify(conflict) }, now.getTime());
      if (!refused.ok) throw new Error(`adoption_refused refused: ${refused.reason}`);
      state = refused.state;
      effects = [...effects.filter((e) => e.type !== "adopt" && e.type !== "announce"), ...refused.effects];
      roundId = await saveProcess(tx, loaded.proposal, loaded.state, state, loaded.roundId, { meetingId: live?.id, versions, inserts });
    }
  } else {
    roundId = await saveProcess(tx, loaded.proposal, loaded.state, state, loaded.roundId, { meetingId: live?.id, versions, inserts });
  }

  const title = context.versions.get(state.currentVersion)?.title ?? "";
  await carryOut({ tx, proposal: loaded.proposal, title, actorUserId: input.actorUserId, decisionId, inserts }, effects);
  inserts.add(eventInsert({
    organizationId, circleId: loaded.proposal.circleId, actorId: input.actorUserId, kind: `consent.${event.type}`, subjectId: proposalId,
    data: {
      ...input.data, roundId, round: state.round?.number ?? null,
      from: { status: before.status, step: before.step }, to: { status: state.status, step: state.step },
      ...(decisionId ? { decisionId } : {}), ...(conflict ? { conflict } : {}),
    },
  }));
  await inserts.flush(tx);
  if (live) await signalMeeting(tx, organizationId, live.id, `consent.${event.type}`);
  return { ok: true, changed: true, state, decisionId, conflict };
}
