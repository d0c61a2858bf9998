// Rows → the machine's ProcessState (docs/decisions/0005-consent-state-machine.md): the proposal's
// columns, its circle's settings, and its latest round with participants, every answer (current and
// superseded) and objections. `lockProposal` takes the row lock that serialises every event of one
// proposal: whoever holds it reads the state no other writer can change until it commits.
// The state is read in one statement (JSON built by PostgreSQL), and after the lock in a statement
// of its own: a statement sees what was committed when it started, so reading the round in the
// statement that waited for the lock could miss what the previous holder wrote.
import { isUuid } from "@/lib/circles/params";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import type { CoreRole } from "@/lib/generated/prisma/enums";
import type { Answer, ObjectionState, Participant, ProcessSettings, ProcessState, RoundState } from "@/lib/consent/types";
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

/** The proposal's row as the process needs it: its identity and the columns of the state. */
export type ProposalRecord = ProposalRow & { step: ProcessState["step"]; currentVersion: number; deadlineAt: Date | null };

export type LoadedProcess = { proposal: ProposalRow; state: ProcessState; roundId: string | null };

/** Which superseded answers to read: all of them, or only those with these ids. */
export type SupersededScope = "all" | { ids: readonly string[] };


/** Locks the proposal's row until the transaction ends and returns it; null when it is not in this organisation. */
export async function lockProposal(tx: Tx, organizationId: string, proposalId: string): Promise<ProposalRecord | null> {
  if (!isUuid(proposalId)) return null;
  const rows = await tx.$queryRaw<ProposalRecord[]>`
    SELECT id, "organizationId", "circleId", "authorId", "tensionId", "isInterpoles", status::text AS status, step::text AS step, "currentVersion", "deadlineAt"
    FROM "Proposal" WHERE id = ${proposalId}::uuid AND "organizationId" = ${organizationId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

export async function circleSettings(tx: Tx, organizationId: string, circleId: string): Promise<ProcessSettings> {
  const row = await tx.circleProcessSettings.findFirst({
    where: { organizationId, circleId },
    select: { abstentionAllowed: true, absenteePolicy: true, quorumPercent: true, defaultDeadlineHours: true, reviewPeriodDays: true, objectionTester: true },
  });
  // A circle without a settings row decides with the schema's defaults (the Holacracy preset).
  return row ?? presetSettings("holacracy");
}

/**
 * `superseded`: "all" where the machine applies events (amend.ts); a page that only shows the
 * process passes `{ ids: [] }`, since the answers members replaced pile up and it shows none.
 */
export async function loadProcess(tx: Tx, organizationId: string, proposalId: string, superseded: SupersededScope = "all"): Promise<LoadedProcess | null> {
  if (!isUuid(proposalId)) return null;
  const proposal = await tx.proposal.findFirst({
    where: { id: proposalId, organizationId },
    select: { id: true, organizationId: true, circleId: true, authorId: true, tensionId: true, isInterpoles: true, status: true, step: true, currentVersion: true, deadlineAt: true },
  });
  if (!proposal) return null;
  const [row] = await tx.$queryRaw<StateRow[]>`SELECT ${stateColumns(proposal, superseded)}`;
  return loadedFrom(proposal, row as StateRow);
}

/** A live meeting's agenda item for the proposal (meeting.ts reads it). */
export type LiveRow = { id: string; facilitatorId: string | null; details: unknown };

/** What an event needs besides the state, read in the same statement (run.ts). */
export type EventContext = {
  loaded: LoadedProcess;
  /** The meeting in progress whose current agenda item is this proposal, if any. */
  live: LiveRow | null;
  /** The core roles among facilitator and lead link the actor holds in the proposal's circle. */
  actorRoles: CoreRole[];
  /** The proposal's versions by number: ids (rounds, integrations) and titles (notifications). */
  versions: Map<number, { id: string; title: string }>;
};

/**
 * After `lockProposal`: the state, the live meeting, the actor's capacities and the versions, in
 * one statement. `superseded`: an answer event only needs the superseded answers it could collide with.
 */
export async function loadForEvent(
  tx: Tx, proposal: ProposalRecord, input: { actorUserId: string | null; superseded: SupersededScope },
): Promise<EventContext> {
  const { organizationId, id: proposalId, circleId } = proposal;
  const [row] = await tx.$queryRaw<(StateRow & { live: LiveRow | null; roles: CoreRole[]; versions: { id: string; number: number; title: string }[] })[]>`
    SELECT ${stateColumns(proposal, input.superseded)},
      (SELECT json_build_object('id', m.id, 'facilitatorId', m."facilitatorId", 'details', i.details)
        FROM "AgendaItem" i JOIN "Meeting" m ON m."organizationId" = i."organizationId" AND m.id = i."meetingId"
        WHERE i."organizationId" = ${organizationId}::uuid AND i."proposalId" = ${proposalId}::uuid AND i.status = 'in_progress' AND m.status = 'in_progress'
        ORDER BY i."createdAt" DESC LIMIT 1) AS live,
      COALESCE((SELECT json_agg(ro."coreRole")
        FROM "RoleAssignment" ra
        JOIN "Role" ro ON ro."organizationId" = ra."organizationId" AND ro.id = ra."roleId"
        JOIN "Membership" me ON me."organizationId" = ra."organizationId" AND me.id = ra."membershipId"
        WHERE ra."organizationId" = ${organizationId}::uuid AND ra."endedAt" IS NULL
          AND ro."circleId" = ${circleId}::uuid AND ro."coreRole" IN ('facilitator', 'lead_link') AND ro."archivedAt" IS NULL
          AND me."removedAt" IS NULL AND me.permission <> 'observer' AND me."userId" = ${input.actorUserId}::uuid), '[]'::json) AS roles,
      COALESCE((SELECT json_agg(json_build_object('id', v.id, 'number', v.number, 'title', v.title))
        FROM "ProposalVersion" v WHERE v."organizationId" = ${organizationId}::uuid AND v."proposalId" = ${proposalId}::uuid), '[]'::json) AS versions`;
  const { live, roles, versions, ...state } = row!;
  return {
    loaded: loadedFrom(proposal, state),
    live, actorRoles: roles,
    versions: new Map(versions.map((v) => [v.number, { id: v.id, title: v.title }])),
  };
}

type ObjectionJson = {
  reducesCapacity: boolean | null; createdByProposal: boolean | null; notSafeToTry: boolean | null; limitsObjectorRole: boolean | null;
  breaksRules: boolean | null; verdict: ObjectionState["verdict"]; verdictNote: string; testedById: string | null; testedAt: string | null;
  objectorConfirmedAt: string | null; proposerConfirmedAt: string | null; integrationVersion: number | null;
};
type AnswerJson = { id: string; userId: string; kind: Answer["kind"]; reason: string; createdAt: string; supersededAt: string | null; objection: ObjectionJson | null };
type RoundJson = {
  id: string; number: number; status: RoundState["status"]; result: RoundState["result"]; versionNumber: number;
  abstentionAllowed: boolean; absenteePolicy: RoundState["settings"]["absenteePolicy"]; quorumPercent: number | null;
  openedAt: string; deadlineAt: string | null; closedAt: string | null; participants: Participant[]; responses: AnswerJson[];
};
type StateRow = { settings: ProcessSettings | null; round: RoundJson | null };

/** The circle's settings and the latest round (participants, answers, objections) as JSON columns. */
function stateColumns(proposal: ProposalRow, superseded: SupersededScope): Prisma.Sql {
  const organizationId = proposal.organizationId;
  const ids = superseded === "all" ? null : superseded.ids.filter(isUuid);
  // Current answers through the partial unique index (one per participant), apart from the
  // superseded ones, which pile up as members change their minds.
  const which = ids === null ? Prisma.sql`TRUE` : ids.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`x.id = ANY(${ids}::uuid[])`;
  return Prisma.sql`
    (SELECT json_build_object('abstentionAllowed', s."abstentionAllowed", 'absenteePolicy', s."absenteePolicy", 'quorumPercent', s."quorumPercent",
        'defaultDeadlineHours', s."defaultDeadlineHours", 'reviewPeriodDays', s."reviewPeriodDays", 'objectionTester', s."objectionTester")
      FROM "CircleProcessSettings" s WHERE s."organizationId" = ${organizationId}::uuid AND s."circleId" = ${proposal.circleId}::uuid) AS settings,
    (SELECT json_build_object(
        'id', r.id, 'number', r.number, 'status', r.status, 'result', r.result,
        'versionNumber', (SELECT v.number FROM "ProposalVersion" v WHERE v."organizationId" = r."organizationId" AND v.id = r."versionId"),
        'abstentionAllowed', r."abstentionAllowed", 'absenteePolicy', r."absenteePolicy", 'quorumPercent', r."quorumPercent",
        'openedAt', r."openedAt", 'deadlineAt', r."deadlineAt", 'closedAt', r."closedAt",
        'participants', COALESCE((SELECT json_agg(json_build_object('userId', p."userId", 'circleId', p."circleId", 'answersLast', p."answersLast") ORDER BY p.id)
          FROM "RoundParticipant" p WHERE p."organizationId" = r."organizationId" AND p."roundId" = r.id), '[]'::json),
        'responses', COALESCE((SELECT json_agg(json_build_object(
            'id', a.id, 'userId', a."userId", 'kind', a.kind, 'reason', a.reason, 'createdAt', a."createdAt", 'supersededAt', a."supersededAt",
            'objection', CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object(
              'reducesCapacity', o."reducesCapacity", 'createdByProposal', o."createdByProposal", 'notSafeToTry', o."notSafeToTry",
              'limitsObjectorRole', o."limitsObjectorRole", 'breaksRules', o."breaksRules", 'verdict', o.verdict, 'verdictNote', o."verdictNote",
              'testedById', o."testedById", 'testedAt', o."testedAt", 'objectorConfirmedAt', o."objectorConfirmedAt",
              'proposerConfirmedAt', o."proposerConfirmedAt", 'integrationVersion', iv.number) END)
            ORDER BY a."createdAt", a.id)
          FROM (
            SELECT * FROM "Response" x WHERE x."organizationId" = r."organizationId" AND x."roundId" = r.id AND x."supersededAt" IS NULL
            UNION ALL
            SELECT * FROM "Response" x WHERE x."organizationId" = r."organizationId" AND x."roundId" = r.id AND x."supersededAt" IS NOT NULL AND ${which}
          ) a
          LEFT JOIN "Objection" o ON o."organizationId" = a."organizationId" AND o."responseId" = a.id
          LEFT JOIN "ProposalVersion" iv ON iv."organizationId" = o."organizationId" AND iv.id = o."integrationVersionId"
), '[]'::json))
      FROM "ConsentRound" r WHERE r."organizationId" = ${organizationId}::uuid AND r."proposalId" = ${proposal.id}::uuid
      ORDER BY r.number DESC LIMIT 1) AS round`;
}

// Timestamps come as JSON strings with their offset.
const ms = (value: string | Date | null) => (value === null ? null : typeof value === "string" ? Date.parse(value) : value.getTime());

function loadedFrom(proposal: ProposalRecord, row: StateRow): LoadedProcess {
  const { step, currentVersion, deadlineAt, ...proposalRow } = proposal;
  // A circle without a settings row decides with the schema's defaults (the Holacracy preset).
  const settings = row.settings ?? presetSettings("holacracy");
  const state: ProcessState = {
    status: proposal.status, step, proposerId: proposal.authorId, currentVersion, deadlineAt: ms(deadlineAt), settings, round: null,
  };
  const round = row.round;
  if (!round) return { proposal: proposalRow, state, roundId: null };

  const answers: Answer[] = round.responses.map((r) => ({
    id: r.id, userId: r.userId, kind: r.kind, reason: r.reason, at: ms(r.createdAt) as number, supersededAt: ms(r.supersededAt),
    objection: r.objection ? objectionState(r.objection) : null,
  }));
  const roundState: RoundState = {
    number: round.number,
    versionNumber: round.versionNumber,
    status: round.status,
    result: round.result,
    // A meeting round has no deadline; an asynchronous one always has one (the machine keeps both true).
    asynchronous: round.deadlineAt !== null,
    settings: { abstentionAllowed: round.abstentionAllowed, absenteePolicy: round.absenteePolicy, quorumPercent: round.quorumPercent },
    participants: round.participants,
    answers: answers.filter((a) => a.supersededAt === null),
    superseded: answers.filter((a) => a.supersededAt !== null),
    openedAt: ms(round.openedAt) as number,
    deadlineAt: ms(round.deadlineAt),
    closedAt: ms(round.closedAt),
  };
  return { proposal: proposalRow, state: { ...state, round: roundState }, roundId: round.id };
}

function objectionState(o: ObjectionJson): ObjectionState {
  return {
    criteria: {
      reducesCapacity: o.reducesCapacity, createdByProposal: o.createdByProposal, notSafeToTry: o.notSafeToTry,
      limitsObjectorRole: o.limitsObjectorRole, breaksRules: o.breaksRules,
    },
    verdict: o.verdict, note: o.verdictNote, testedBy: o.testedById, testedAt: ms(o.testedAt),
    integrationVersion: o.integrationVersion,
    objectorConfirmedAt: ms(o.objectorConfirmedAt), proposerConfirmedAt: ms(o.proposerConfirmedAt),
  };
}
