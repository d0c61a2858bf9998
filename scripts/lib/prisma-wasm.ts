// Offline SQL generation with Prisma 6's WASM schema engine (Prisma 7's CLI needs a native
// schema engine that cannot be downloaded here). The engine lives in its own folder,
// tools/prisma-wasm, with its own lock file, so it never mixes with Prisma 7.
// See docs/migrations.md and docs/decisions/0002-migrations-offline.md.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const toolDir = path.join(root, "tools/prisma-wasm");

export const EMPTY_SCHEMA = 'datasource db {\n  provider = "postgresql"\n}\n';

/** Installs the pinned WASM engine once (npm ci is a no-op when node_modules is current). */
export function ensureWasmEngine(): void {
  if (existsSync(path.join(toolDir, "node_modules/prisma/build/index.js"))) return;
  execFileSync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: toolDir,
    stdio: "inherit",
  });
}

/** The WASM engine wants a datasource `url` line and no Prisma 7 generator options. */
function forWasm(schema: string): string {
  return schema
    .replace(/generator\s+\w+\s*\{[\s\S]*?\n\}\n?/g, "")
    .replace(/datasource\s+db\s*\{([\s\S]*?)\}/, (_m, body: string) =>
      `datasource db {${body.replace(/\s*url\s*=.*\n/, "\n")}  url = env("DATABASE_URL")\n}`,
    );
}

/**
 * SQL that turns a database described by `from` into one described by `to` (schema texts).
 * `adminUrl` is any reachable PostgreSQL: the engine's adapter connects to it, but diffing two
 * datamodels reads and writes nothing there.
 */
export function diffSchemas(from: string, to: string, adminUrl: string): string {
  ensureWasmEngine();
  const dir = mkdtempSync(path.join(tmpdir(), "interpoles-prisma-diff-"));
  try {
    writeFileSync(path.join(dir, "from.prisma"), forWasm(from));
    writeFileSync(path.join(dir, "to.prisma"), forWasm(to));
    writeFileSync(path.join(dir, "fake-engine"), "");
    symlinkSync(path.join(toolDir, "node_modules"), path.join(dir, "node_modules"));
    writeFileSync(
      path.join(dir, "prisma.config.ts"),
      [
        'import { defineConfig } from "prisma/config";',
        'import { PrismaPg } from "@prisma/adapter-pg";',
        "export default defineConfig({",
        "  experimental: { adapter: true },",
        '  engine: "js",',
        '  schema: "to.prisma",',
        "  async adapter() { return new PrismaPg({ connectionString: process.env.DATABASE_URL }); },",
        "});",
        "",
      ].join("\n"),
    );
    const fake = path.join(dir, "fake-engine");
    return execFileSync(
      process.execPath,
      [
        path.join(dir, "node_modules/prisma/build/index.js"),
        "migrate",
        "diff",
        "--from-schema-datamodel",
        "from.prisma",
        "--to-schema-datamodel",
        "to.prisma",
        "--script",
      ],
      {
        cwd: dir,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
        env: {
          ...process.env,
          DATABASE_URL: adminUrl,
          PRISMA_QUERY_ENGINE_LIBRARY: fake,
          PRISMA_SCHEMA_ENGINE_BINARY: fake,
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
        },
      },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function readSchema(file = path.join(root, "prisma/schema.prisma")): string {
  return readFileSync(file, "utf8");
}
