// `npm run seed:large`: the large organisation « Grande Coop » (slug grande-coop) for performance
// work: 500 circles nested up to five levels, 5,000 roles, 25,000 accountabilities, 2,000
// members, ~6,000 assignments and three years of history (RecordChange snapshots, decisions,
// journal). Planned in memory with a seeded PRNG, then written in one transaction.
//   npm run seed:large                 seeds it unless an organisation with that slug exists
//   npm run seed:large -- --replace    deletes that organisation (and its seeded users) first
//   npm run seed:large -- --small      the small variant « Petite Coop » (10 circles)
// Runs outside Next: never imports lib/server/db.ts.
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password.ts";
import { openDatabase } from "./large-database.ts";
import { planLarge, resolveOptions, type LargeOptions } from "./large-plan.ts";
import { planProcess, writeProcess } from "./large-process.ts";
import { writeLarge } from "./large-write.ts";

/** The password of every account of the large and small organisations. */
export const LARGE_PASSWORD = "Cooperer-a-grande-echelle-500";

export type SeedLargeResult = { status: "seeded" | "exists"; slug: string; adminEmail: string; organizationId: string; rows?: Record<string, number> };

/** Deletes a seeded organisation and its users (their emails are on its own `.test` domain). */
async function remove(client: pg.ClientBase, slug: string, emailDomain: string): Promise<void> {
  await client.query(`DELETE FROM "Organization" WHERE "slug" = $1`, [slug]);
  await client.query(`DELETE FROM "User" WHERE "email" LIKE $1`, [`%@${emailDomain}`]);
}

export async function seedLarge(databaseUrl: string, options: LargeOptions & { replace?: boolean; now?: Date } = {}): Promise<SeedLargeResult> {
  const { slug, emailDomain } = resolveOptions(options);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const existing = await client.query<{ id: string }>(`SELECT "id" FROM "Organization" WHERE "slug" = $1`, [slug]);
    if (existing.rows[0] && !options.replace) {
      return { status: "exists", slug, adminEmail: `admin@${emailDomain}`, organizationId: existing.rows[0].id };
    }
    // Hashing is slow on purpose (scrypt): once, shared by every account.
    const passwordHash = await hashPassword(LARGE_PASSWORD);
    const now = options.now ?? new Date();
    const plan = planLarge(options, now);
    const underWay = planProcess(plan, now);
    await client.query("BEGIN");
    try {
      await remove(client, slug, emailDomain);
      await writeLarge(client, plan, passwordHash);
      await writeProcess(client, underWay);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
    // Fresh statistics (the planner otherwise guesses on tables that just grew by tens of thousands
    // of rows), and the state autovacuum would reach soon after: the search indexes' pending
    // entries merged (GIN fastupdate) and the visibility map set for index-only scans. Without it,
    // a search right after seeding measured half as fast as the same search minutes later.
    await client.query("VACUUM ANALYZE");
    const rows = {
      circles: plan.store.circles.size, roles: plan.store.roles.size, accountabilities: plan.store.accountabilities.size,
      members: plan.people.length, assignments: plan.store.assignments.size, recordChanges: plan.store.changes.length,
      decisions: plan.timeline.decisions.length, events: plan.store.events.length,
      tensions: underWay.tensions.length, openRounds: underWay.rounds.length,
    };
    return { status: "seeded", slug, adminEmail: plan.adminEmail, organizationId: plan.organization.id, rows };
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const log = (line: string) => console.log(`[seed:large] ${line}`);
  const database = await openDatabase(log);
  try {
    const started = Date.now();
    const result = await seedLarge(database.url, { scale: args.includes("--small") ? "small" : "large", replace: args.includes("--replace") });
    if (result.status === "exists") log(`/o/${result.slug} already exists: left as it is (run with --replace to rebuild it).`);
    else log(`/o/${result.slug} seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(result.rows)}`);
    log(`Sign in as ${result.adminEmail} (admin) or membre-<n>@${result.slug}.test; password for all: ${LARGE_PASSWORD}`);
  } finally {
    await database.close();
  }
}

const invokedPath = process.argv[1] ? path.resolve(process.argv[1]) : "";
if (invokedPath === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
