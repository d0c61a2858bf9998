// The project's migration runner (lib/server/migrate.ts): Prisma's bookkeeping, one transaction
// per migration, safe when instances start at once, refusing edited migrations.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { migrate, MigrationError, readMigrations } from "@/lib/server/migrate";
import { withScratchDatabase } from "../support/scratch-db.ts";

const realMigrations = path.resolve(import.meta.dirname, "../../prisma/migrations");
const temporary: string[] = [];

function migrationsDir(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "interpoles-migrations-"));
  temporary.push(dir);
  for (const [name, sql] of Object.entries(extra)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("migrate()", () => {
  it("applies every migration once and records it as Prisma Migrate does", async () => {
    await withScratchDatabase(async (url) => {
      const applied = await migrate(url, realMigrations);
      expect(applied).toEqual(readMigrations(realMigrations).map((m) => m.name));
      const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
        url,
        `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => r.migration_name)).toEqual(applied);
      expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1 && /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
      expect(await migrate(url, realMigrations)).toEqual([]);
    });
  });

  it("applies each migration exactly once when several instances start at the same time", async () => {
    await withScratchDatabase(async (url) => {
      const runs = await Promise.all([migrate(url, realMigrations), migrate(url, realMigrations), migrate(url, realMigrations)]);
      expect(runs.flat().sort()).toEqual(readMigrations(realMigrations).map((m) => m.name));
      const [{ count }] = (await query<{ count: string }>(url, `SELECT count(*) FROM "_prisma_migrations"`)) as [{ count: string }];
      expect(Number(count)).toBe(readMigrations(realMigrations).length);
    });
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    await withScratchDatabase(async (url) => {
      const dir = migrationsDir({ "001_first": "CREATE TABLE a (id int);" });
      await migrate(url, dir);
      writeFileSync(path.join(dir, "001_first", "migration.sql"), "CREATE TABLE a (id bigint);");
      mkdirSync(path.join(dir, "002_second"));
      writeFileSync(path.join(dir, "002_second", "migration.sql"), "CREATE TABLE b (id int);");
      const error = await migrate(url, dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MigrationError);
      expect((error as MigrationError).code).toBe("checksum_mismatch");
      const tables = await query<{ tablename: string }>(url, `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename IN ('a', 'b')`);
      expect(tables.map((t) => t.tablename)).toEqual(["a"]);
    });
  });

  it("rolls a failing migration back entirely and records nothing for it", async () => {
    await withScratchDatabase(async (url) => {
      const dir = migrationsDir({
        "001_ok": "CREATE TABLE a (id int);",
        "002_broken": "CREATE TABLE b (id int); INSERT INTO missing_table VALUES (1);",
      });
      const error = await migrate(url, dir).catch((e: unknown) => e);
      expect((error as MigrationError).code).toBe("sql_error");
      expect((error as MigrationError).migration).toBe("002_broken");
      const tables = await query<{ tablename: string }>(url, `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename IN ('a', 'b')`);
      expect(tables.map((t) => t.tablename)).toEqual(["a"]);
      const rows = await query<{ migration_name: string }>(url, `SELECT migration_name FROM "_prisma_migrations"`);
      expect(rows.map((r) => r.migration_name)).toEqual(["001_ok"]);
    });
  });

  it("keeps the real migrations as Prisma Migrate expects them", () => {
    const dir = migrationsDir();
    cpSync(realMigrations, dir, { recursive: true });
    for (const migration of readMigrations(dir)) expect(migration.name).toMatch(/^\d{14}_[a-z0-9_]+$/);
  });
});
