// The job runner on the test database: pg-boss installs its schema (a unique one here, dropped
// afterwards), registers the queues and their cron schedules, and a job sent to a queue runs its
// core with our Prisma client. The cores themselves are tested in handlers/*.db.test.ts.
import { randomUUID } from "node:crypto";
import type PgBoss from "pg-boss";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { JOBS } from "./queues";
import { startJobRunner } from "./runner";

const schema = `pgboss_test_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
let boss: PgBoss | undefined;

afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true });
  await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await db.$disconnect();
});

describe("startJobRunner", () => {
  it("schedules each job and runs its core when a job is sent", async () => {
    const name = "test.smoke";
    let resolveRan: (at: Date) => void = () => {};
    const ran = new Promise<Date>((resolve) => (resolveRan = resolve));
    const seen: unknown[] = [];
    const core = async (client: unknown, now: Date) => {
      seen.push(client);
      resolveRan(now);
      return 1;
    };
    boss = await startJobRunner({
      connectionString: process.env.DATABASE_URL!,
      db,
      schema,
      // The real definitions (their cores idle here) prove pg-boss accepts their names and crons.
      jobs: [...JOBS.map((job) => ({ ...job, core: async () => 0 })), { name, cron: "0 7 * * *", tz: "Europe/Paris", expireInSeconds: 60, core }],
      pollingIntervalSeconds: 0.5,
      log: () => {},
    });

    const schedules = await boss.getSchedules();
    expect(schedules.map((s) => [s.name, s.cron]).sort()).toEqual(
      [...JOBS.map((job) => [job.name, job.cron]), [name, "0 7 * * *"]].sort(),
    );
    expect(schedules.find((s) => s.name === name)?.options).toMatchObject({ tz: "Europe/Paris" });
    expect(await boss.getQueue(name)).toMatchObject({ name, policy: "stately" });

    const before = new Date();
    const jobId = await boss.send(name, {});
    expect(jobId).toEqual(expect.any(String));
    const at = await Promise.race([ran, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("the job did not run within 20 s")), 20_000))]);
    expect(at.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(seen).toEqual([db]);

    // pg-boss records the run as completed, with what the core returned.
    await expect.poll(async () => (await boss!.getJobById(name, jobId!))?.state, { timeout: 10_000 }).toBe("completed");
    expect((await boss.getJobById(name, jobId!))?.output).toEqual({ count: 1 });
  });
});
