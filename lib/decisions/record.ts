// The immutable account of how a decision was taken (Decision.record, consent.md §5): every
// round's participants and answers (current and changed), the absentees of the adopting round,
// every objection with its test and integration, and the concerns (objections found not valid,
// shown again at the review date). Names are copied: the record reads the same after people leave.
import type { Tx } from "@/lib/server/db";

export type RecordAnswer = { id: string; userId: string; name: string; kind: string; reason: string; at: string; supersededAt: string | null };
export type RecordObjection = {
  id: string; round: number; userId: string; name: string; reason: string;
  criteria: { reducesCapacity: boolean | null; createdByProposal: boolean | null; notSafeToTry: boolean | null; limitsObjectorRole: boolean | null; breaksRules: boolean | null };
  verdict: string; note: string; testedBy: string | null; testedByName: string | null; testedAt: string | null;
  integrationVersion: number | null; objectorConfirmedAt: string | null; proposerConfirmedAt: string | null;
};
export type RecordRound = {
  number: number; version: number; status: string; result: string | null; openedAt: string; closedAt: string | null;
  absenteePolicy: string; quorumPercent: number | null; participants: { userId: string; name: string; circleId: string }[]; answers: RecordAnswer[];
};
export type DecisionRecord = {
  version: number; round: number | null; rounds: RecordRound[];
  participants: { userId: string; name: string; circleId: string; answer: string | null }[];
  absentees: { userId: string; name: string }[];
  objections: RecordObjection[];
  concerns: RecordObjection[];
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function buildDecisionRecord(tx: Tx, organizationId: string, proposalId: string, version: number, roundNumber: number | null): Promise<DecisionRecord> {
  const rounds = await tx.consentRound.findMany({
    where: { organizationId, proposalId },
    orderBy: { number: "asc" },
    select: {
      number: true, status: true, result: true, openedAt: true, closedAt: true, absenteePolicy: true, quorumPercent: true,
      version: { select: { number: true } },
      participants: { select: { userId: true, circleId: true }, orderBy: { id: "asc" } },
      responses: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true, userId: true, kind: true, reason: true, createdAt: true, supersededAt: true,
          objection: { include: { integrationVersion: { select: { number: true } } } },
        },
      },
    },
  });
  const userIds = new Set<string>();
  for (const r of rounds) {
    r.participants.forEach((p) => userIds.add(p.userId));
    r.responses.forEach((a) => { userIds.add(a.userId); if (a.objection?.testedById) userIds.add(a.objection.testedById); });
  }
  const users = await tx.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } });
  const name = (id: string) => users.find((u) => u.id === id)?.name ?? "";

  const objections: RecordObjection[] = rounds.flatMap((r) =>
    r.responses.flatMap((a) => {
      const o = a.objection;
      if (!o || a.supersededAt !== null) return [];
      return [{
        id: a.id, round: r.number, userId: a.userId, name: name(a.userId), reason: a.reason,
        criteria: { reducesCapacity: o.reducesCapacity, createdByProposal: o.createdByProposal, notSafeToTry: o.notSafeToTry, limitsObjectorRole: o.limitsObjectorRole, breaksRules: o.breaksRules },
        verdict: o.verdict, note: o.verdictNote, testedBy: o.testedById, testedByName: o.testedById ? name(o.testedById) : null, testedAt: iso(o.testedAt),
        integrationVersion: o.integrationVersion?.number ?? null, objectorConfirmedAt: iso(o.objectorConfirmedAt), proposerConfirmedAt: iso(o.proposerConfirmedAt),
      }];
    }),
  );
  const adopting = rounds.find((r) => r.number === roundNumber);
  const current = adopting ? adopting.responses.filter((a) => a.supersededAt === null) : [];
  return {
    version, round: roundNumber,
    rounds: rounds.map((r) => ({
      number: r.number, version: r.version.number, status: r.status, result: r.result, openedAt: r.openedAt.toISOString(), closedAt: iso(r.closedAt),
      absenteePolicy: r.absenteePolicy, quorumPercent: r.quorumPercent,
      participants: r.participants.map((p) => ({ ...p, name: name(p.userId) })),
      answers: r.responses.map((a) => ({ id: a.id, userId: a.userId, name: name(a.userId), kind: a.kind, reason: a.reason, at: a.createdAt.toISOString(), supersededAt: iso(a.supersededAt) })),
    })),
    participants: (adopting?.participants ?? []).map((p) => ({ ...p, name: name(p.userId), answer: current.find((a) => a.userId === p.userId)?.kind ?? null })),
    absentees: (adopting?.participants ?? []).filter((p) => !current.some((a) => a.userId === p.userId)).map((p) => ({ userId: p.userId, name: name(p.userId) })),
    objections,
    concerns: objections.filter((o) => o.verdict === "not_valid"),
  };
}
