// One app instance answering consent rounds, in its own process with its own connection pool, as
// the rounds' Server Action does (lib/rounds/mutations.ts answerRound). Started by children.ts:
//   argv[2]: JSON { waitForGo?: boolean, tasks: AnswerTask[] }
// Prints "ready" once connected, then (with waitForGo) waits for a "go" line on stdin, so that two
// instances start together; runs every task at once and prints one JSON line { results }.
// FAULT_APP_NAME names its connections (pg_stat_activity.application_name).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { answerRound } from "@/lib/rounds/mutations";
import type { AnswerTask } from "./children";

const connectionString = process.env.DATABASE_URL;
if (!connectionString) throw new Error("DATABASE_URL is required");
const { waitForGo, tasks } = JSON.parse(process.argv[2] ?? "{}") as { waitForGo?: boolean; tasks: AnswerTask[] };
const db = new PrismaClient({
  adapter: new PrismaPg({ connectionString, max: 4, application_name: process.env.FAULT_APP_NAME ?? "interpoles-fault" }),
});

try {
  await db.$queryRaw`SELECT 1`;
  console.log("ready");
  if (waitForGo) {
    await new Promise<void>((resolve) => {
      let input = "";
      process.stdin.on("data", (chunk: Buffer) => {
        input += chunk.toString();
        if (input.includes("go\n")) resolve();
      });
    });
    process.stdin.destroy();
  }
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
