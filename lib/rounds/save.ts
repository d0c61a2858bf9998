// The machine's new ProcessState → rows: only what differs from the state that was loaded, inside
// the transaction that holds the proposal's lock. A new round is inserted with its participant
// snapshot; new answers are inserted (an objection with its Objection row, same id), replaced ones
// get `supersededAt`; objections' tests, integrations and confirmations are updated in place.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import type { Answer, ProcessState, RoundState } from "@/lib/consent/types";
import type { ProposalRow } from "./load";
import { Inserts } from "./writes";

const date = (ms: number | null) => (ms === null ? null : new Date(ms));

/** Version number → id, for the versions a state names (rounds and integrations). */
export async function versionIds(tx: Tx, organizationId: string, proposalId: string): Promise<Map<number, string>> {
  const rows = await tx.proposalVersion.findMany({ where: { organizationId, proposalId }, select: { id: true, number: true } });
  return new Map(rows.map((row) => [row.number, row.id]));
}

function versionId(versions: Map<number, string>, number: number): string {
  const id = versions.get(number);
  if (!id) throw new Error(`proposal version ${number} does not exist`);
  return id;
}

/**
 * Writes `after` over `before`; returns the id of the latest round (a new one if it opened).
 * `meetingId`: the meeting a round that opens now is held in (a live, non-asynchronous round).
 * `versions`: version number → id when the caller has read them already (run.ts), else read when needed.
 * `inserts`: where new answers and objections are queued (the caller flushes them); else written at once.
 */
export async function saveProcess(
  tx: Tx, proposal: ProposalRow, before: ProcessState, after: ProcessState, roundId: string | null,
  options: { meetingId?: string | null; versions?: Map<number, string>; inserts?: Inserts } = {},
): Promise<string | null> {
  const organizationId = proposal.organizationId;
  if (before.status !== after.status || before.step !== after.step || before.deadlineAt !== after.deadlineAt || before.currentVersion !== after.currentVersion) {
    // The lock makes this the only writer; the status in the filter is a second guard.
    const { count } = await tx.proposal.updateMany({
      where: { id: proposal.id, organizationId, status: before.status },
      data: { status: after.status, step: after.step, deadlineAt: date(after.deadlineAt), currentVersion: after.currentVersion },
    });
    if (count !== 1) throw new Error("proposal changed under its lock");
  }
  const round = after.round;
  if (!round) return roundId;
  let known = options.versions;
  const versions = async () => (known ??= await versionIds(tx, organizationId, proposal.id));
  const isNew = !before.round || before.round.number !== round.number;
  let id = roundId;
  if (isNew) {
    const created = await tx.consentRound.create({
      data: {
        organizationId, proposalId: proposal.id, versionId: versionId(await versions(), round.versionNumber), number: round.number,
        status: round.status, result: round.result, ...round.settings, meetingId: round.asynchronous ? null : (options.meetingId ?? null),
        openedAt: new Date(round.openedAt), deadlineAt: date(round.deadlineAt), closedAt: date(round.closedAt),
      },
      select: { id: true },
    });
    id = created.id;
    await tx.roundParticipant.createMany({ data: round.participants.map((p) => ({ organizationId, roundId: created.id, ...p })) });
  } else if (before.round && roundChanged(before.round, round)) {
    await tx.consentRound.update({
      where: { organizationId_id: { organizationId, id: id as string } },
      data: { status: round.status, result: round.result, closedAt: date(round.closedAt) },
    });
  }
  const inserts = options.inserts ?? new Inserts();
  await saveAnswers(tx, organizationId, id as string, isNew ? null : before.round, round, versions, inserts);
  if (!options.inserts) await inserts.flush(tx);
  return id;
}

function roundChanged(a: RoundState, b: RoundState): boolean {
  return a.status !== b.status || a.result !== b.result || a.closedAt !== b.closedAt;
}

/** One statement per kind of write, whatever the number of answers it touches; inserts are queued. */
async function saveAnswers(
  tx: Tx, organizationId: string, roundId: string, before: RoundState | null, after: RoundState, versions: () => Promise<Map<number, string>>,
  inserts: Inserts,
) {
  const known = new Map<string, Answer>([...(before?.answers ?? []), ...(before?.superseded ?? [])].map((a) => [a.id, a]));
  // Supersede first: the partial unique index allows one current answer per participant (writes.ts).
  const superseding = new Map<number, string[]>();
  for (const answer of after.superseded) {
    const previous = known.get(answer.id);
    if (previous && previous.supersededAt === null && answer.supersededAt !== null) {
      superseding.set(answer.supersededAt, [...(superseding.get(answer.supersededAt) ?? []), answer.id]);
    }
  }
  for (const [at, ids] of superseding) {
    inserts.first(Prisma.sql`
      UPDATE "Response" SET "supersededAt" = ${new Date(at)}::timestamptz WHERE "organizationId" = ${organizationId}::uuid AND id = ANY(${ids}::uuid[])`, ids.length);
  }
  const created = after.answers.filter((answer) => !known.has(answer.id));
  if (created.length > 0) {
    // After the supersedings (it joins `done`).
    inserts.add((done) => Prisma.sql`INSERT INTO "Response" ("id", "organizationId", "roundId", "userId", "kind", "reason", "createdAt")
      SELECT v.* FROM (VALUES ${Prisma.join(
        created.map((a) => Prisma.sql`(${a.id}::uuid, ${organizationId}::uuid, ${roundId}::uuid, ${a.userId}::uuid, ${a.kind}::"ResponseKind", ${a.reason}::text, ${new Date(a.at)}::timestamptz)`),
      )}) AS v ("id", "organizationId", "roundId", "userId", "kind", "reason", "createdAt") CROSS JOIN ${done}`);
  }
  const objections: { answer: Answer; previous: Answer | undefined }[] = [];
  for (const answer of after.answers) {
    const previous = known.get(answer.id);
    if (answer.objection && (!previous || JSON.stringify(previous.objection) !== JSON.stringify(answer.objection))) objections.push({ answer, previous });
  }
  const rows = [];
  for (const { answer, previous } of objections) {
    const o = answer.objection as NonNullable<Answer["objection"]>;
    const data = {
      ...o.criteria, verdict: o.verdict, verdictNote: o.note, testedById: o.testedBy, testedAt: date(o.testedAt),
      integrationVersionId: o.integrationVersion === null ? null : versionId(await versions(), o.integrationVersion),
      objectorConfirmedAt: date(o.objectorConfirmedAt), proposerConfirmedAt: date(o.proposerConfirmedAt),
    };
    rows.push({ id: answer.id, previous, data });
  }
  for (const { id, previous, data } of rows) {
    if (previous) await tx.objection.update({ where: { organizationId_responseId: { organizationId, responseId: id } }, data });
  }
  const raised = rows.filter((row) => !row.previous);
  if (raised.length > 0) {
    inserts.add(Prisma.sql`INSERT INTO "Objection" ("id", "organizationId", "responseId", "reducesCapacity", "createdByProposal", "notSafeToTry",
        "limitsObjectorRole", "breaksRules", "verdict", "verdictNote", "testedById", "testedAt", "integrationVersionId", "objectorConfirmedAt", "proposerConfirmedAt")
      VALUES ${Prisma.join(raised.map(({ id, data: o }) => Prisma.sql`(${id}::uuid, ${organizationId}::uuid, ${id}::uuid, ${o.reducesCapacity}::boolean,
        ${o.createdByProposal}::boolean, ${o.notSafeToTry}::boolean, ${o.limitsObjectorRole}::boolean, ${o.breaksRules}::boolean,
        ${o.verdict}::"ObjectionVerdict", ${o.verdictNote}, ${o.testedById}::uuid, ${o.testedAt}::timestamptz, ${o.integrationVersionId}::uuid,
        ${o.objectorConfirmedAt}::timestamptz, ${o.proposerConfirmedAt}::timestamptz)`))}`);
  }
}
