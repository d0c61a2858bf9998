// `npm run bench`: page timings and weights of the production app on a large and a small
// organisation. Seeds them when missing (prisma/seed/large.ts), builds the app when needed,
// starts it on a free loopback port, measures each page (scripts/bench/measure.ts), writes
// docs/benchmarks.md and bench-results.json, then stops the app and the embedded database.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { buildIfNeeded } from "../lib/build.ts";
import { openDatabase } from "../../prisma/seed/large-database.ts";
import { seedLarge } from "../../prisma/seed/large.ts";
import { measure } from "./measure.ts";
import { machine, printTable, writeReports, type PageResult } from "./report.ts";
import { startApp, type AppServer } from "./server.ts";
import { sessionCookie } from "./session.ts";
import { targetsFor } from "./targets.ts";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 60);
const BUDGET_MS = 20_000;
const log = (line: string) => console.log(`[bench] ${line}`);

async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version ?? "unknown";
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const database = await openDatabase(log);
  let app: AppServer | undefined;
  try {
    const orgs = [
      { org: "large" as const, ...(await seedLarge(database.url, { scale: "large" })) },
      { org: "small" as const, ...(await seedLarge(database.url, { scale: "small" })) },
    ];
    for (const o of orgs) log(`/o/${o.slug}: ${o.status === "exists" ? "already seeded" : `seeded ${JSON.stringify(o.rows)}`}`);
    // A secret of the bench's own: the session cookies below are signed with it.
    const secret = randomBytes(32).toString("base64url");
    const env = { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: secret };
    buildIfNeeded(env, log);
    app = await startApp(env, log);
    const now = new Date();
    const pages: PageResult[] = [];
    for (const o of orgs) {
      const cookie = await sessionCookie(database.url, o.adminEmail, secret);
      for (const target of await targetsFor(database.url, o.slug, now)) {
        const result = await measure(app.baseUrl, target.path, cookie, { requests: REQUESTS, budgetMs: BUDGET_MS });
        pages.push({ ...result, name: target.name, org: o.org, path: target.path });
        log(`${o.org} ${target.name}: ${result.status}, p95 ${result.p95_ms} ms`);
      }
    }
    const health = await measure(app.baseUrl, "/api/health", "", { requests: REQUESTS, budgetMs: BUDGET_MS });
    const reference: PageResult = { ...health, name: "/api/health", org: "small", path: "/api/health" };
    printTable([...pages, reference]);
    writeReports(pages, machine(await postgresVersion(database.url)), reference);
    log("Wrote docs/benchmarks.md and bench-results.json");
  } finally {
    await app?.stop();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
