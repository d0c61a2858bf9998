// When an app instance runs the jobs (pure, unit-tested): never while `next build` prerenders,
// never without a database, and not when the operator turned them off for this instance.
export function shouldStartJobs(env: Record<string, string | undefined>): boolean {
  if (env.NEXT_PHASE === "phase-production-build") return false;
  if (!env.DATABASE_URL) return false;
  // For instances that serve pages only; another instance (or a dedicated one) runs the jobs.
  if (env.INTERPOLES_JOBS === "off") return false;
  return true;
}
