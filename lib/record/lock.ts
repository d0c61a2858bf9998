// The governance record's lock: one transaction-scoped advisory lock per organisation. Change sets
// (./apply.ts), dry runs and a member's removal (./member-removal.ts) take it first, before any
// row lock, so that they never wait on each other in opposite orders.
import type { Tx } from "@/lib/server/db";

export async function lockRecord(tx: Tx, organizationId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`interpoles.record:${organizationId}`}))`;
}
