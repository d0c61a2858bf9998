// Answering a consent round, measured in process: the product's own use case (lib/rounds/mutations.ts
// `answerRound`: row lock, state machine, write, effects, journal, in one transaction) called by 20
// concurrent members on the open rounds of the organisation, against the bench's database. The
// Server Action around it adds parsing, a session check and a page render; calling it over HTTP
// needs its build-specific id, so the figure is the use case's (docs/benchmarks.md says so).
// One participant of every round never answers, so no round completes while it is measured.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { answerRound } from "../../lib/rounds/mutations.ts";

export const ANSWER_CALLERS = 20;

export type Answers = {
  per_s: number; p50_ms: number; p99_ms: number; answered: number; refused: number; callers: number; rounds: number;
  /** Why answers were refused, with how many: the state machine's reasons (a round closed by its quorum, say). */
  refusals: Record<string, number>;
};

type Caller = { proposalId: string; ctx: { organization: { id: string }; user: { id: string }; membership: { permission: "admin" | "member" } } };

async function callers(db: PrismaClient, organizationId: string): Promise<{ pairs: Caller[]; rounds: number }> {
  const rounds = await db.consentRound.findMany({
    where: { organizationId, status: "open" },
    select: { proposalId: true, participants: { select: { userId: true }, orderBy: { id: "asc" } } },
  });
  const members = new Map((await db.membership.findMany({ where: { organizationId, removedAt: null }, select: { userId: true, permission: true } })).map((m) => [m.userId, m.permission]));
  // Round by round in turn: concurrent callers answer in different rounds, as members of a large
  // organisation would, rather than queue on one proposal's row lock.
  const pairs: Caller[] = [];
  const most = Math.max(0, ...rounds.map((round) => round.participants.length));
  for (let index = 0; index < most - 1; index++) {
    for (const round of rounds) {
      const userId = index < round.participants.length - 1 ? round.participants[index]!.userId : null;
      const permission = userId ? members.get(userId) : undefined;
      if (userId && (permission === "admin" || permission === "member")) pairs.push({ proposalId: round.proposalId, ctx: { organization: { id: organizationId }, user: { id: userId }, membership: { permission } } });
    }
  }
  return { pairs, rounds: rounds.length };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;

export async function measureAnswers(databaseUrl: string, organizationId: string, seconds: number): Promise<Answers> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: ANSWER_CALLERS }) });
  try {
    const { pairs, rounds } = await callers(db, organizationId);
    if (pairs.length === 0) throw new Error("bench: no open round to answer (seed with `npm run seed:large -- --replace`)");
    const times: number[] = [];
    let refused = 0;
    const refusals: Record<string, number> = {};
    let next = 0;
    const kinds = ["consent", "consent", "objection"] as const;
    const worker = async (deadline: number, record: boolean) => {
      while (performance.now() < deadline) {
        const n = next++;
        const { proposalId, ctx } = pairs[n % pairs.length]!;
        const kind = kinds[n % kinds.length]!;
        const started = performance.now();
        const result = await answerRound(db, ctx, { proposalId, kind, reason: kind === "objection" ? "Objection de mesure : la charge de travail n’est pas répartie." : "" });
        if (!record) continue;
        if (result.ok) times.push(performance.now() - started);
        else {
          refused++;
          const reason = "reason" in result ? String(result.reason) : "unknown";
          refusals[reason] = (refusals[reason] ?? 0) + 1;
        }
      }
    };
    const run = async (ms: number, record: boolean) => {
      const deadline = performance.now() + ms;
      await Promise.all(Array.from({ length: ANSWER_CALLERS }, () => worker(deadline, record)));
    };
    await run(1000, false);
    const started = performance.now();
    await run(seconds * 1000, true);
    const elapsed = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    return {
      per_s: Math.round((times.length / elapsed) * 10) / 10, p50_ms: Math.round(percentile(times, 50)), p99_ms: Math.round(percentile(times, 99)),
      answered: times.length, refused, refusals, callers: ANSWER_CALLERS, rounds,
    };
  } finally {
    await db.$disconnect();
  }
}
