// Starting the job runner once per app instance (from instrumentation.ts): when conditions.ts
// allows it, and never twice (dev hot reloads may run register() again in the same process).
import "server-only";
import { db } from "@/lib/server/db";
import { shouldStartJobs } from "./conditions";
import { runAtStart, startJobRunner } from "./runner";

const state = globalThis as unknown as { interpolesJobs?: Promise<void> };

/** Starts in the background: pages are served even while the runner connects or retries. */
export function startJobsOnce(): void {
  if (state.interpolesJobs || !shouldStartJobs(process.env)) return;
  const connectionString = process.env.DATABASE_URL!;
  state.interpolesJobs = (async () => {
    try {
      await startJobRunner({ connectionString, db });
      await runAtStart(db);
    } catch (error) {
      console.error("[jobs] the job runner did not start; rounds will not close on time and emails will wait", error);
    }
  })();
}
