// `npm run bench` (issue #6): seeds the large and small organisations when missing
// (prisma/seed/large.ts), builds the app when needed, starts it on a free loopback port, then
// measures in one run: the ceiling page and every page under load (./load.ts), answering consent
// rounds (./answers.ts), PostgreSQL's own ceiling (./postgres.ts), and the key screens' weight,
// EcoIndex and Lighthouse scores (./screens.ts, ./lighthouse.ts). Writes docs/benchmarks.md and
// bench-results.json (./report.ts). BENCH_SECONDS shortens the runs; BENCH_LIGHTHOUSE=off skips Lighthouse;
// BENCH_PAGES=home,circle loads only those pages (development).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { buildIfNeeded } from "../lib/build.ts";
import { openDatabase } from "../../prisma/seed/large-database.ts";
import { seedLarge } from "../../prisma/seed/large.ts";
import { measureAnswers } from "./answers.ts";
import { LIGHTHOUSE_RUNS, lighthouseMedian } from "./lighthouse.ts";
import { durations, LATENCY_CONNECTIONS, loadPage, SATURATION_CONNECTIONS } from "./load.ts";
import { measurePostgres } from "./postgres.ts";
import { printTables, writeReports } from "./report.ts";
import { machine, type PageResult, type Results, type ScreenResult, TARGETS, withRatios } from "./results.ts";
import { weighScreens } from "./screens.ts";
import { startApp, type AppServer } from "./server.ts";
import { sessionCookie } from "./session.ts";
import { snapshotBuild, type Snapshot } from "./snapshot.ts";
import { targetsFor } from "./targets.ts";

const CEILING = "/bench/ceiling";
const ONLY = process.env.BENCH_PAGES?.split(",");
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
  const d = durations();
  const database = await openDatabase(log);
  let app: AppServer | undefined;
  let snapshot: Snapshot | undefined;
  try {
    const large = { org: "large" as const, ...(await seedLarge(database.url, { scale: "large" })) };
    const orgs = [large, { org: "small" as const, ...(await seedLarge(database.url, { scale: "small" })) }];
    for (const o of orgs) log(`/o/${o.slug}: ${o.status === "exists" ? "already seeded" : `seeded ${JSON.stringify(o.rows)}`}`);
    // A secret of the bench's own: the session cookies below are signed with it.
    const secret = randomBytes(32).toString("base64url");
    // The measured instance serves pages only (INTERPOLES_JOBS=off, a documented deployment): the
    // seed leaves thousands of notifications to email and rounds to sweep, and their delivery at
    // start-up would land on whichever page happened to be measured first.
    const env = { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: secret, INTERPOLES_JOBS: "off" };
    buildIfNeeded(env, log);
    snapshot = snapshotBuild(log);
    app = await startApp(env, log, snapshot.dir);
    const now = new Date();

    const ceiling = { ...(await loadPage(`${app.baseUrl}${CEILING}`, "", d)), path: CEILING };
    log(`ceiling: ${ceiling.rps} req/s, p99 ${ceiling.p99_ms} ms`);
    const pages: Omit<PageResult, "ratio">[] = [];
    const largeCookie = await sessionCookie(database.url, large.adminEmail, secret);
    const largeTargets = await targetsFor(database.url, large.slug, now);
    for (const o of orgs) {
      const cookie = o === large ? largeCookie : await sessionCookie(database.url, o.adminEmail, secret);
      for (const target of o === large ? largeTargets : await targetsFor(database.url, o.slug, now)) {
        if (ONLY && !ONLY.includes(target.name)) continue;
        const load = await loadPage(new URL(target.path, app.baseUrl).toString(), cookie, d);
        pages.push({ rps: load.rps, p50_ms: load.p50_ms, p99_ms: load.p99_ms, failed: load.failed, name: target.name, org: o.org, path: target.path });
        log(`${o.org} ${target.name}: ${load.rps} req/s, p50 ${load.p50_ms} ms, p99 ${load.p99_ms} ms${load.failed ? `, ${load.failed} FAILED` : ""}`);
      }
    }

    // Screens before answers: the round page is weighed as the seed left it.
    const keyScreens = largeTargets.flatMap((t) => (t.screen ? [{ name: t.screen, path: t.path }] : []));
    const weighed = await weighScreens(app.baseUrl, largeCookie, keyScreens);
    const screens: ScreenResult[] = [];
    for (const screen of weighed) {
      const scores = process.env.BENCH_LIGHTHOUSE === "off"
        ? { performance: null, accessibility: null, failing_audits: [] }
        : await lighthouseMedian(new URL(screen.path, app.baseUrl).toString(), largeCookie).catch((error: unknown) => {
          log(`Lighthouse failed on ${screen.name}: ${String(error).slice(0, 300)}`);
          return { performance: null, accessibility: null, failing_audits: [] };
        });
      screens.push({ ...screen, lighthouse_performance: scores.performance, lighthouse_accessibility: scores.accessibility, failing_audits: scores.failing_audits });
      log(`screen ${screen.name}: ${(screen.bytes / 1024).toFixed(1)} KB, ${screen.requests} requests, DOM ${screen.dom}, EcoIndex ${screen.ecoindex} ${screen.grade}, Lighthouse ${scores.performance}/${scores.accessibility}`);
    }

    const answers = await measureAnswers(database.url, large.organizationId, d.latency);
    log(`answers: ${answers.per_s}/s, p99 ${answers.p99_ms} ms (${answers.refused} refused: ${JSON.stringify(answers.refusals)})`);
    const postgres = await measurePostgres(database.url, large.organizationId, d.latency);
    log(`PostgreSQL: ${postgres.qps} queries/s`);

    const ratio = (value: number) => Math.round((value / ceiling.rps) * 100) / 100;
    const results: Results = {
      machine: machine(await postgresVersion(database.url)),
      method: { warm_up_s: d.warmUp, saturation_s: d.saturation, saturation_connections: SATURATION_CONNECTIONS, latency_s: d.latency, latency_connections: LATENCY_CONNECTIONS, lighthouse_runs: LIGHTHOUSE_RUNS },
      targets: TARGETS,
      ceiling, pages: withRatios(pages, ceiling.rps),
      answers: { ...answers, ratio: ratio(answers.per_s), method: "in-process answerRound (lib/rounds/mutations.ts)" },
      postgres: { ...postgres, ratio: ratio(postgres.qps) },
      screens,
    };
    printTables(results);
    writeReports(results, []);
    log("Wrote docs/benchmarks.md and bench-results.json");
  } finally {
    await app?.stop();
    snapshot?.remove();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
