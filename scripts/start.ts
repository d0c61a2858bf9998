// `npm start`: everything a newcomer needs, in one command.
// 1. PostgreSQL: DATABASE_URL when set, else an embedded server with its data in .data/postgres.
// 2. Configuration validated (lib/server/env.ts): a clear message and exit when something is wrong.
// 3. Pending migrations applied; the demo organisation seeded when the database is empty.
// 4. The production app built if needed, then served; Ctrl-C stops the app and PostgreSQL cleanly.
import "dotenv/config";
import { spawn } from "node:child_process";
import path from "node:path";
import { EnvError, parseEnv } from "../lib/server/env.ts";
import { migrate, MigrationError } from "../lib/server/migrate.ts";
import { buildIfNeeded } from "./lib/build.ts";
import { adminUrlOf, ensureDatabase, startEmbeddedPostgres, type EmbeddedDb } from "./lib/embedded-db.ts";
import { localSecret } from "./lib/local-secret.ts";
import { printDemoLogins, seedIfEmpty } from "./lib/demo.ts";
import { SERVER_NODE_FLAGS } from "./lib/server-node-flags.ts";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.join(root, ".data");
const port = Number(process.env.PORT ?? 3000);
const log = (line: string) => console.log(`[interpoles] ${line}`);

let embedded: EmbeddedDb | undefined;
let stopping = false;

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (embedded) {
      log("Stopping PostgreSQL ...");
      await embedded.stop();
    }
  }
  process.exit(code);
}

async function main(): Promise<void> {
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({ dir: path.join(dataDir, "postgres"), port: Number(process.env.EMBEDDED_PG_PORT ?? 54329), log });
    await ensureDatabase(embedded.url("postgres"), "interpoles");
    process.env.DATABASE_URL = embedded.url("interpoles");
    log("Using the embedded PostgreSQL (data in .data/postgres).");
  } else {
    await ensureDatabase(adminUrlOf(process.env.DATABASE_URL), new URL(process.env.DATABASE_URL).pathname.slice(1)).catch(() => {});
  }
  process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;
  process.env.NEXTAUTH_SECRET ||= localSecret(dataDir);
  parseEnv({ ...process.env, NODE_ENV: "production" });

  const applied = await migrate(process.env.DATABASE_URL, path.join(root, "prisma/migrations"), log);
  if (applied.length === 0) log("Database schema is up to date.");
  const seeded = await seedIfEmpty(process.env.DATABASE_URL, log);

  buildIfNeeded(process.env, log);

  const next = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      log("Stopping ...");
      next.kill("SIGTERM");
    });
  }
  next.on("exit", (code) => void stop(stopping ? 0 : (code ?? 0)));
  await waitUntilUp(`http://localhost:${port}/api/health`);
  log(`Interpôles is running: http://localhost:${port}`);
  await printDemoLogins(process.env.DATABASE_URL, log, seeded);
  log("Press Ctrl-C to stop.");
}

async function waitUntilUp(url: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

main().catch(async (error) => {
  if (error instanceof EnvError || error instanceof MigrationError) console.error(`\n${error.message}\n`);
  else console.error(error);
  await stop(1);
});
