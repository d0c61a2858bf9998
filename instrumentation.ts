// Next's start-up hook: called once per server instance, in each runtime. The job runner
// (lib/jobs) needs Node.js and the database, so it starts only in the Node.js runtime, and the
// conditions are checked before anything that connects to the database is even imported.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { shouldStartJobs } = await import("./lib/jobs/conditions");
  if (!shouldStartJobs(process.env)) return;
  const { startJobsOnce } = await import("./lib/jobs/start");
  startJobsOnce();
}
