// Builds the production app when there is no build, or when a source file is newer than it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const SOURCES = ["app", "components", "lib", "messages", "public", "next.config.ts", "package-lock.json", "prisma/schema.prisma", "postcss.config.mjs"];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (child === "generated" || child === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

export function buildIsCurrent(): boolean {
  const buildId = path.join(root, ".next/BUILD_ID");
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestMtime(path.join(root, source)) <= built);
}

const LOCK = path.join(root, ".next-build.lock");
const STALE_MS = 15 * 60_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Two builds in one .next folder spoil each other (a test run and a benchmark at once): one waits. */
export function withBuildLock(body: () => void, log: (line: string) => void): void {
  for (let waited = 0; ; waited += 1_000) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      if (waited === 0) log("Another build is running: waiting for it ...");
      sleep(1_000);
    }
  }
  try {
    body();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export function buildIfNeeded(env: Record<string, string | undefined>, log: (line: string) => void): void {
  if (buildIsCurrent()) return;
  withBuildLock(() => {
    // The build we waited for may be the one we needed.
    if (buildIsCurrent()) return;
    log("Building the production app (a few minutes the first time) ...");
    execFileSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    });
  }, log);
}
