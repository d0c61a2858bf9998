// `npm test`: every tier, then one line "N passed, N failed" adding them all up.
//   checks  typecheck, lint, structure (one test each)
//   unit    Vitest, pure code
//   db      Vitest against a fresh PostgreSQL database, created and dropped by this run
//   e2e     Playwright in the system's Chromium against the production build, on its own fresh database
// PostgreSQL: DATABASE_URL's server when set, else an embedded one (.data/test-postgres).
// Options: --only <tier>[,<tier>]   and any other argument is passed to the runners as file filters,
// e.g. `npm test -- --only db tests/db/migrations.db.test.ts`.
import "dotenv/config";
import { spawn } from "node:child_process";
import { snapshotBuild } from "./bench/snapshot.ts";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { migrate } from "../lib/server/migrate.ts";
import { buildIfNeeded } from "./lib/build.ts";
import { adminUrlOf, dropDatabase, ensureDatabase, startEmbeddedPostgres, type EmbeddedDb } from "./lib/embedded-db.ts";

type Tally = { passed: number; failed: number; skipped: number };
const TIERS = ["checks", "unit", "db", "e2e"] as const;
type Tier = (typeof TIERS)[number];

const root = path.resolve(import.meta.dirname, "..");
const results = path.join(root, "test-results");
const bin = (name: string, file: string) => path.join(root, "node_modules", name, file);
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const log = (line: string) => console.log(`\n[test] ${line}`);

function parseArgs(argv: string[]): { tiers: Tier[]; filters: string[] } {
  let only: string[] = [];
  const filters: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--only") only = (argv[++i] ?? "").split(",");
    else filters.push(argv[i] as string);
  }
  return { tiers: only.length ? TIERS.filter((t) => only.includes(t)) : [...TIERS], filters };
}

function run(command: string, args: string[], env: Record<string, string | undefined> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", () => resolve(1));
  });
}

function add(tally: Tally): void {
  total.passed += tally.passed;
  total.failed += tally.failed;
  total.skipped += tally.skipped;
}

async function check(name: string, command: string, args: string[]): Promise<void> {
  log(`check: ${name}`);
  const code = await run(command, args);
  add({ passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 });
}

/** Reads Vitest's JSON report. A file that failed to load counts as one failure; a run that
 * produced no report counts as one failure too. */
function vitestTally(file: string, exitCode: number): Tally {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number;
    testResults: { status: string; assertionResults: unknown[] }[];
  };
  const brokenFiles = report.testResults.filter((r) => r.status === "failed" && r.assertionResults.length === 0).length;
  let failed = report.numFailedTests + brokenFiles;
  if (failed === 0 && exitCode !== 0) failed = 1;
  return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightTally(file: string, exitCode: number): Tally {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] };
  const { expected, unexpected, flaky, skipped } = report.stats;
  const failed = unexpected + flaky + (unexpected === 0 && exitCode !== 0 ? 1 : 0);
  return { passed: expected, failed, skipped };
}

async function vitest(project: "unit" | "db", filters: string[], env: Record<string, string | undefined> = {}): Promise<void> {
  log(`${project} tests`);
  const report = path.join(results, `vitest-${project}.json`);
  rmSync(report, { force: true });
  const args = [bin("vitest", "vitest.mjs"), "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`];
  if (project === "db") args.push("--no-file-parallelism");
  const code = await run(process.execPath, [...args, ...filters], env);
  add(vitestTally(report, code));
}

async function withFreshDatabase<T>(adminUrl: string, prefix: string, body: (url: string) => Promise<T>): Promise<T> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await ensureDatabase(adminUrl, name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    await migrate(url.toString(), path.join(root, "prisma/migrations"));
    return await body(url.toString());
  } finally {
    await dropDatabase(adminUrl, name).catch((error) => console.error(`could not drop ${name}:`, error));
  }
}

async function e2e(adminUrl: string, filters: string[]): Promise<void> {
  log("end-to-end tests (production build, system Chromium)");
  await withFreshDatabase(adminUrl, "interpoles_e2e", async (databaseUrl) => {
    const port = 3100 + Math.floor(Math.random() * 800);
    const baseUrl = `http://localhost:${port}`;
    const env = { DATABASE_URL: databaseUrl, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), NEXT_TELEMETRY_DISABLED: "1", INTERPOLES_DEV_OUTBOX: "on" };
    try {
      buildIfNeeded({ ...process.env, ...env }, (line) => log(line));
    } catch {
      add({ passed: 0, failed: 1, skipped: 0 });
      return;
    }
    // A private copy of the build: another run rebuilding .next meanwhile (a benchmark, a second
    // test run) would otherwise swap the build under the server.
    const snapshot = snapshotBuild((line) => log(line));
    const server = spawn(process.execPath, [bin("next", "dist/bin/next"), "start", "-p", String(port)], {
      cwd: snapshot.dir,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, ...env, NODE_ENV: "production" },
    });
    try {
      await waitForHealth(`${baseUrl}/api/health`);
      const report = path.join(results, "e2e.json");
      rmSync(report, { force: true });
      const code = await run(process.execPath, [bin("@playwright/test", "cli.js"), "test", ...filters], {
        E2E_BASE_URL: baseUrl,
        E2E_DATABASE_URL: databaseUrl,
        E2E_JSON_REPORT: report,
        // A spec that starts a second instance of the app (e2e/support/second-instance.ts) runs it
        // with the same secret, so that a session opened on one is valid on the other.
        E2E_NEXTAUTH_SECRET: env.NEXTAUTH_SECRET,
        E2E_APP_DIR: snapshot.dir,
      });
      add(playwrightTally(report, code));
    } finally {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
      snapshot.remove();
    }
  });
}

async function waitForHealth(url: string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not answer at ${url}`);
}

async function main(): Promise<number> {
  const { tiers, filters } = parseArgs(process.argv.slice(2));
  mkdirSync(results, { recursive: true });
  await run(process.execPath, [bin("tsx", "dist/cli.mjs"), "scripts/generate-prisma.ts"]);

  if (tiers.includes("checks")) {
    // Route types (.next/types, next-env.d.ts) are generated, not committed; a fresh clone needs them.
    await run(process.execPath, [bin("next", "dist/bin/next"), "typegen"]);
    // Never incremental here: a stale .tsbuildinfo can hide errors.
    await check("typecheck", process.execPath, [bin("typescript", "bin/tsc"), "--noEmit", "--incremental", "false"]);
    await check("lint", process.execPath, [bin("eslint", "bin/eslint.js"), ".", "--max-warnings=0"]);
    await check("structure", process.execPath, [bin("tsx", "dist/cli.mjs"), "scripts/check-structure.ts"]);
  }
  if (tiers.includes("unit")) await vitest("unit", filters.filter((f) => !f.includes(".db.") && !f.startsWith("e2e")));

  let embedded: EmbeddedDb | undefined;
  try {
    if (tiers.includes("db") || tiers.includes("e2e")) {
      let adminUrl: string;
      if (process.env.DATABASE_URL) {
        adminUrl = adminUrlOf(process.env.DATABASE_URL);
        log(`PostgreSQL: the server of DATABASE_URL (${new URL(adminUrl).host})`);
      } else {
        embedded = await startEmbeddedPostgres({ dir: path.join(root, ".data/test-postgres"), port: Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54339) });
        adminUrl = embedded.url("postgres");
        log("PostgreSQL: embedded (.data/test-postgres)");
      }
      if (tiers.includes("db")) {
        await withFreshDatabase(adminUrl, "interpoles_test", (url) =>
          vitest("db", filters.filter((f) => f.includes(".db.")), { DATABASE_URL: url, TEST_ADMIN_DATABASE_URL: adminUrl }),
        );
      }
      if (tiers.includes("e2e")) await e2e(adminUrl, filters.filter((f) => f.startsWith("e2e")));
    }
  } catch (error) {
    console.error(error);
    add({ passed: 0, failed: 1, skipped: 0 });
  } finally {
    await embedded?.stop();
  }

  const skipped = total.skipped ? `, ${total.skipped} skipped` : "";
  console.log(`\n${total.passed} passed, ${total.failed} failed${skipped}`);
  return total.failed > 0 ? 1 : 0;
}

process.exit(await main());
