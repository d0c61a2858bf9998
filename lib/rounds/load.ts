// Rows → the machine's ProcessState (docs/decisions/0005-consent-state-machine.md): the proposal's
// columns, its circle's settings, and its latest round with participants, every answer (current and
// superseded) and objections. `lockProposal` takes the row lock that serialises every event of one
// proposal: whoever holds it reads the state no other writer can change until it commits.
import type { Tx } from "@/lib/server/db";
import type { Answer, ObjectionState, ProcessSettings, ProcessState, RoundState } from "@/lib/consent/types";
import { presetSettings } from "@/lib/consent/presets";

export type ProposalRow = {
  id: string;
  organizationId: string;
  circleId: string;
  authorId: string;
  tensionId: string | null;
  isInterpoles: boolean;
  status: ProcessState["status"];
};

export type LoadedProcess = { proposal: ProposalRow; state: ProcessState; roundId: string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** Locks the proposal's row until the transaction ends; false when it is not in this organisation. */
export async function lockProposal(tx: Tx, organizationId: string, proposalId: string): Promise<boolean> {
  if (!isUuid(proposalId)) return false;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Proposal" WHERE id = ${proposalId}::uuid AND "organizationId" = ${organizationId}::uuid FOR UPDATE`;
  return rows.length === 1;
}

export async function circleSettings(tx: Tx, organizationId: string, circleId: string): Promise<ProcessSettings> {
  const row = await tx.circleProcessSettings.findFirst({
    where: { organizationId, circleId },
    select: { abstentionAllowed: true, absenteePolicy: true, quorumPercent: true, defaultDeadlineHours: true, reviewPeriodDays: true, objectionTester: true },
  });
  // A circle without a settings row decides with the schema's defaults (the Holacracy preset).
  return row ?? presetSettings("holacracy");
}

const ms = (date: Date | null) => (date ? date.getTime() : null);

export async function loadProcess(tx: Tx, organizationId: string, proposalId: string): Promise<LoadedProcess | null> {
  if (!isUuid(proposalId)) return null;
  const proposal = await tx.proposal.findFirst({
    where: { id: proposalId, organizationId },
    select: { id: true, organizationId: true, circleId: true, authorId: true, tensionId: true, isInterpoles: true, status: true, step: true, currentVersion: true, deadlineAt: true },
  });
  if (!proposal) return null;
  const settings = await circleSettings(tx, organizationId, proposal.circleId);
  const round = await tx.consentRound.findFirst({
    where: { organizationId, proposalId },
    orderBy: { number: "desc" },
    select: {
      id: true, number: true, status: true, result: true, abstentionAllowed: true, absenteePolicy: true, quorumPercent: true,
      openedAt: true, deadlineAt: true, closedAt: true, version: { select: { number: true } },
      participants: { select: { userId: true, circleId: true, answersLast: true }, orderBy: { id: "asc" } },
      responses: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true, userId: true, kind: true, reason: true, createdAt: true, supersededAt: true,
          objection: {
            select: {
              reducesCapacity: true, createdByProposal: true, notSafeToTry: true, limitsObjectorRole: true, breaksRules: true,
              verdict: true, verdictNote: true, testedById: true, testedAt: true, objectorConfirmedAt: true, proposerConfirmedAt: true,
              integrationVersion: { select: { number: true } },
            },
          },
        },
      },
    },
  });
  const { step, currentVersion, deadlineAt, ...row } = proposal;
  const state: ProcessState = {
    status: proposal.status, step, proposerId: proposal.authorId, currentVersion, deadlineAt: ms(deadlineAt), settings, round: null,
  };
  if (!round) return { proposal: row, state, roundId: null };

  const answers: Answer[] = round.responses.map((r) => ({
    id: r.id, userId: r.userId, kind: r.kind, reason: r.reason, at: r.createdAt.getTime(), supersededAt: ms(r.supersededAt),
    objection: r.objection ? objectionState(r.objection) : null,
  }));
  const roundState: RoundState = {
    number: round.number,
    versionNumber: round.version.number,
    status: round.status,
    result: round.result,
    // A meeting round has no deadline; an asynchronous one always has one (the machine keeps both true).
    asynchronous: round.deadlineAt !== null,
    settings: { abstentionAllowed: round.abstentionAllowed, absenteePolicy: round.absenteePolicy, quorumPercent: round.quorumPercent },
    participants: round.participants,
    answers: answers.filter((a) => a.supersededAt === null),
    superseded: answers.filter((a) => a.supersededAt !== null),
    openedAt: round.openedAt.getTime(),
    deadlineAt: ms(round.deadlineAt),
    closedAt: ms(round.closedAt),
  };
  return { proposal: row, state: { ...state, round: roundState }, roundId: round.id };
}

type ObjectionRow = {
  reducesCapacity: boolean | null; createdByProposal: boolean | null; notSafeToTry: boolean | null; limitsObjectorRole: boolean | null;
  breaksRules: boolean | null; verdict: ObjectionState["verdict"]; verdictNote: string; testedById: string | null; testedAt: Date | null;
  objectorConfirmedAt: Date | null; proposerConfirmedAt: Date | null; integrationVersion: { number: number } | null;
};

function objectionState(o: ObjectionRow): ObjectionState {
  return {
    criteria: {
      reducesCapacity: o.reducesCapacity, createdByProposal: o.createdByProposal, notSafeToTry: o.notSafeToTry,
      limitsObjectorRole: o.limitsObjectorRole, breaksRules: o.breaksRules,
    },
    verdict: o.verdict, note: o.verdictNote, testedBy: o.testedById, testedAt: ms(o.testedAt),
    integrationVersion: o.integrationVersion?.number ?? null,
    objectorConfirmedAt: ms(o.objectorConfirmedAt), proposerConfirmedAt: ms(o.proposerConfirmedAt),
  };
}
