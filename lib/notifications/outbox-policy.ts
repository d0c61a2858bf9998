// Who may open the development outbox. It lists the emails of every organisation, so it exists
// only outside production — or on a production build started explicitly with
// INTERPOLES_DEV_OUTBOX=on (the end-to-end tests' server, a demo or staging instance: never one
// with real people on it). See docs/decisions/0006-jobs.md.
export function outboxAllowed(nodeEnv: string | undefined, flag: string | undefined): boolean {
  return nodeEnv !== "production" || flag === "on";
}
