// The job runner: pg-boss on our PostgreSQL (its own schema, see docs/decisions/0006-jobs.md).
// Every instance of the app starts one; pg-boss hands each job to one worker (SKIP LOCKED) and
// sends each cron tick once. Queues are "stately": at most one run waiting and one running per
// job, so a slow run never piles up copies behind it. The cores protect themselves anyway
// (compare-and-set, locks), which the database tests prove without pg-boss.
import PgBoss from "pg-boss";
import type { Db } from "@/lib/server/db";
import { AT_START, JOBS, type JobDefinition } from "./queues";

export type RunnerOptions = {
  connectionString: string;
  db: Db;
  /** pg-boss's schema; tests use their own. */
  schema?: string;
  jobs?: readonly JobDefinition[];
  /** How often an idle worker looks for work (pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds?: number;
  log?: (line: string) => void;
};

export async function startJobRunner(options: RunnerOptions): Promise<PgBoss> {
  const log = options.log ?? ((line: string) => console.log(`[jobs] ${line}`));
  const jobs = options.jobs ?? JOBS;
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: options.schema ?? "pgboss",
    application_name: "interpoles-jobs",
    max: 4,
  });
  // pg-boss reports connection trouble here; without a listener an EventEmitter would throw.
  boss.on("error", (error) => console.error("[jobs] pg-boss error", error));
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name, { name: job.name, policy: "stately", expireInSeconds: job.expireInSeconds, retryLimit: 2, retryDelay: 30 });
    await boss.schedule(job.name, job.cron, {}, { tz: job.tz });
    await boss.work(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 5 }, async () => {
      const count = await job.core(options.db, new Date());
      if (count > 0) log(`${job.name}: ${count}`);
      return { count };
    });
  }
  return boss;
}

/** The catch-up run at start: direct calls, since the cores are idempotent and race-safe. */
export async function runAtStart(db: Db, jobs: readonly JobDefinition[] = JOBS): Promise<void> {
  for (const job of jobs.filter((j) => AT_START.includes(j.name))) {
    try {
      const count = await job.core(db, new Date());
      console.log(`[jobs] ${job.name} at start: ${count}`);
    } catch (error) {
      console.error(`[jobs] ${job.name} at start failed`, error);
    }
  }
}
