// One app instance answering consent rounds, in its own process with its own connection pool, as
// the rounds' Server Action does (lib/rounds/mutations.ts answerRound). Started by children.ts:
//   argv[2]: JSON { startAt?: epoch ms, tasks: AnswerTask[] }
// Prints "ready" once connected, waits for `startAt` (so that two instances start together), runs
// every task at once and prints one JSON line { results }. FAULT_APP_NAME names its connections.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { answerRound } from "@/lib/rounds/mutations";
import type { AnswerTask } from "./children";

const connectionString = process.env.DATABASE_URL;
if (!connectionString) throw new Error("DATABASE_URL is required");
const { startAt, tasks } = JSON.parse(process.argv[2] ?? "{}") as { startAt?: number; tasks: AnswerTask[] };
const db = new PrismaClient({
  adapter: new PrismaPg({ connectionString, max: 4, application_name: process.env.FAULT_APP_NAME ?? "interpoles-fault" }),
});

try {
  await db.$queryRaw`SELECT 1`;
  console.log("ready");
  if (startAt) await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
  const results = await Promise.all(
    tasks.map(async (task) => {
      const ctx = { organization: { id: task.organizationId }, user: { id: task.userId }, membership: { permission: task.permission } };
      const result = await answerRound(db, ctx, { proposalId: task.proposalId, kind: task.kind, reason: task.reason });
      return result.ok ? { ok: true as const, decisionId: result.decisionId } : { ok: false as const, reason: result.reason };
    }),
  );
  console.log(JSON.stringify({ results }));
} finally {
  await db.$disconnect();
}
