// The engine's verdict on a change set (./dry-run.ts) is exact but costly: a transaction that takes
// the organisation's record lock, applies everything and rolls back. The proposal page and the
// editor show it on every view, and a proposal in a meeting is viewed by every participant at each
// live event. The verdict only changes when the change set, the governance record or the members
// change, so it is kept per process, keyed by all three (docs/decisions/0012-verdict-cache.md);
// the minute's lifetime bounds what anything else (an account disabled) could leave stale. The
// adoption itself always runs the engine again, under lock.
import "server-only";
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { db } from "@/lib/server/db";
import { dryRun, type DryRunVerdict } from "./dry-run";

type Input = Parameters<typeof dryRun>[0];

const verdicts = new LRUCache<string, { verdict: DryRunVerdict }>({ max: 2_000, ttl: 60_000 });

/** Where the organisation's record and members stand: changes whenever either changes. */
async function revision(organizationId: string): Promise<string> {
  const [row] = await db.$queryRaw<{ record: string | null; members: string }[]>`
    SELECT
      (SELECT "id"::text FROM "RecordChange" WHERE "organizationId" = ${organizationId}::uuid ORDER BY "occurredAt" DESC, "id" DESC LIMIT 1) AS "record",
      (SELECT count(*) || ':' || count("removedAt") || ':' || coalesce(max(greatest("joinedAt", coalesce("removedAt", "joinedAt")))::text, '')
         FROM "Membership" WHERE "organizationId" = ${organizationId}::uuid) AS "members"`;
  return `${row?.record ?? "-"}|${row?.members ?? "-"}`;
}

export async function cachedDryRun(input: Input): Promise<DryRunVerdict> {
  const changes = createHash("sha256").update(JSON.stringify(input.changes)).digest("base64url");
  const key = `${input.organizationId}|${input.versionId}|${changes}|${await revision(input.organizationId)}`;
  const hit = verdicts.get(key);
  if (hit) return hit.verdict;
  const verdict = await dryRun(input);
  // No verdict (a lock timeout, a race with an adoption) is not kept: the next view tries again.
  if (verdict !== null) verdicts.set(key, { verdict });
  return verdict;
}
