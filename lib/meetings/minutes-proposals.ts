// The proposals a meeting processed, as its minutes tell them: each one's outcome (its status and
// its decision, with the adopted version's change set), the consent rounds held in the meeting
// with their answers counted per circle (a transversal proposal needs each affected circle's
// consent: RoundParticipant.circleId says which circle someone answered for), and the objections
// raised there with their test and how they were integrated. Read-only, scoped by organisation.
import "server-only";
import type { ObjectionVerdict, ProposalStatus, RoundResult, RoundStatus } from "@/lib/generated/prisma/enums";
import { parseStoredChange, type ChangeInput } from "@/lib/record/changes";
import { db } from "@/lib/server/db";

export type CircleOutcome = { circleId: string; circleName: string; consent: number; objection: number; abstention: number; missing: number };
export type MinutesRound = { number: number; version: number; status: RoundStatus; result: RoundResult | null; circles: CircleOutcome[] };
export type MinutesObjection = {
  id: string; round: number; objectorId: string; reason: string; verdict: ObjectionVerdict; note: string; testedById: string | null;
  integrationVersion: number | null; objectorConfirmed: boolean; proposerConfirmed: boolean;
};
export type MinutesDecision = { id: string; versionNumber: number; title: string; reasons: string; body: string; changes: ChangeInput[]; inThisMeeting: boolean };
export type MinutesProposal = {
  proposalId: string; title: string; status: ProposalStatus; isInterpoles: boolean;
  decision: MinutesDecision | null; rounds: MinutesRound[]; objections: MinutesObjection[];
};

function storedChanges(rows: { kind: string; payload: unknown }[]): ChangeInput[] {
  return rows.map((row) => {
    const parsed = parseStoredChange(row);
    return (parsed.success ? parsed.data : { ...(row.payload as object), kind: row.kind }) as ChangeInput;
  });
}

/** The proposals of the agenda's proposal items, of the meeting's rounds and of its decisions. */
export async function meetingProposalIds(organizationId: string, meetingId: string, itemProposalIds: readonly string[]): Promise<string[]> {
  const [rounds, decisions] = await Promise.all([
    db.consentRound.findMany({ where: { organizationId, meetingId }, select: { proposalId: true }, orderBy: { openedAt: "asc" } }),
    db.decision.findMany({ where: { organizationId, meetingId }, select: { proposalId: true }, orderBy: { adoptedAt: "asc" } }),
  ]);
  return [...new Set([...itemProposalIds, ...rounds.map((r) => r.proposalId), ...decisions.map((d) => d.proposalId)])];
}

export async function minutesProposals(organizationId: string, meetingId: string, proposalIds: readonly string[]): Promise<MinutesProposal[]> {
  if (proposalIds.length === 0) return [];
  const ids = [...proposalIds];
  const [proposals, decisions, rounds] = await Promise.all([
    db.proposal.findMany({
      where: { organizationId, id: { in: ids } },
      select: { id: true, status: true, isInterpoles: true, currentVersion: true, versions: { select: { number: true, title: true } } },
    }),
    db.decision.findMany({
      where: { organizationId, proposalId: { in: ids } },
      select: {
        id: true, proposalId: true, meetingId: true,
        version: { select: { number: true, title: true, reasons: true, body: true, changes: { select: { kind: true, payload: true }, orderBy: { position: "asc" } } } },
      },
    }),
    db.consentRound.findMany({
      where: { organizationId, meetingId, proposalId: { in: ids } },
      orderBy: [{ proposalId: "asc" }, { number: "asc" }],
      select: {
        proposalId: true, number: true, status: true, result: true, version: { select: { number: true } },
        participants: { select: { userId: true, circleId: true }, orderBy: { id: "asc" } },
        responses: {
          where: { supersededAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: {
            id: true, userId: true, kind: true, reason: true,
            objection: {
              select: {
                verdict: true, verdictNote: true, testedById: true, objectorConfirmedAt: true, proposerConfirmedAt: true,
                integrationVersion: { select: { number: true } },
              },
            },
          },
        },
      },
    }),
  ]);
  const circleIds = [...new Set(rounds.flatMap((r) => r.participants.map((p) => p.circleId)))];
  const circles = circleIds.length ? await db.circle.findMany({ where: { organizationId, id: { in: circleIds } }, select: { id: true, name: true } }) : [];
  const circleName = new Map(circles.map((c) => [c.id, c.name]));

  const byId = new Map(proposals.map((p) => [p.id, p]));
  return ids.flatMap((proposalId): MinutesProposal[] => {
    const proposal = byId.get(proposalId);
    if (!proposal) return [];
    const decision = decisions.find((d) => d.proposalId === proposalId);
    const own = rounds.filter((r) => r.proposalId === proposalId);
    return [{
      proposalId,
      title: proposal.versions.find((v) => v.number === proposal.currentVersion)?.title ?? "",
      status: proposal.status,
      isInterpoles: proposal.isInterpoles,
      decision: decision ? {
        id: decision.id, versionNumber: decision.version.number, title: decision.version.title, reasons: decision.version.reasons,
        body: decision.version.body, changes: storedChanges(decision.version.changes), inThisMeeting: decision.meetingId === meetingId,
      } : null,
      rounds: own.map((round) => ({
        number: round.number, version: round.version.number, status: round.status, result: round.result,
        circles: perCircle(round, circleName),
      })),
      objections: own.flatMap((round) => round.responses.flatMap((answer) => {
        const o = answer.objection;
        if (!o) return [];
        return [{
          id: answer.id, round: round.number, objectorId: answer.userId, reason: answer.reason, verdict: o.verdict, note: o.verdictNote,
          testedById: o.testedById, integrationVersion: o.integrationVersion?.number ?? null,
          objectorConfirmed: o.objectorConfirmedAt !== null, proposerConfirmed: o.proposerConfirmedAt !== null,
        }];
      })),
    }];
  });
}

/** Each circle's participants of a round and how they answered (their current answer). */
function perCircle(
  round: { participants: { userId: string; circleId: string }[]; responses: { userId: string; kind: "consent" | "objection" | "abstention" }[] },
  circleName: Map<string, string>,
): CircleOutcome[] {
  const answers = new Map(round.responses.map((r) => [r.userId, r.kind]));
  const outcomes = new Map<string, CircleOutcome>();
  for (const p of round.participants) {
    const outcome = outcomes.get(p.circleId) ?? { circleId: p.circleId, circleName: circleName.get(p.circleId) ?? "—", consent: 0, objection: 0, abstention: 0, missing: 0 };
    const kind = answers.get(p.userId);
    if (kind) outcome[kind] += 1;
    else outcome.missing += 1;
    outcomes.set(p.circleId, outcome);
  }
  return [...outcomes.values()];
}
