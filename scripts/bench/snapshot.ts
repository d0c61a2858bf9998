// A private copy of the production build for the bench's server. Other work in the same checkout
// rebuilds .next while the bench runs (an e2e run after a source change), and a server whose build
// is swapped under it answers 500s. The copy is taken under the build lock (scripts/lib/build.ts),
// next to symlinks to everything else of the project, so `next start` in it runs exactly that build.
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { withBuildLock } from "../lib/build.ts";

const root = path.resolve(import.meta.dirname, "../..");

export type Snapshot = { dir: string; remove(): void };

export function snapshotBuild(log: (line: string) => void): Snapshot {
  const dir = mkdtempSync(path.join(os.tmpdir(), "interpoles-bench-"));
  for (const entry of readdirSync(root)) {
    if (entry !== ".next" && entry !== ".git") symlinkSync(path.join(root, entry), path.join(dir, entry));
  }
  withBuildLock(() => {
    // Relative symlinks (.next/node_modules → ../../node_modules/...) stay relative: they land on the links above.
    cpSync(path.join(root, ".next"), path.join(dir, ".next"), { recursive: true, verbatimSymlinks: true, filter: (source) => !source.includes(`${path.sep}.next${path.sep}cache`) });
  }, log);
  log(`Serving a copy of the build from ${dir}`);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
