// The project's own migration runner (docs/decisions/0002-migrations-offline.md).
// It keeps Prisma Migrate's layout and `_prisma_migrations` bookkeeping, so `prisma migrate
// deploy` can take over wherever its engine is available, and:
// - takes Prisma's own advisory lock, so two instances starting at once apply each migration once;
// - applies each migration in its own transaction, recorded in the same transaction;
// - refuses to go on when an applied migration's file changed (checksum) or one failed earlier.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/** The lock key Prisma Migrate uses: our runner and `prisma migrate deploy` exclude each other. */
const PRISMA_MIGRATE_LOCK = 72707369;

export class MigrationError extends Error {
  constructor(
    readonly code: "checksum_mismatch" | "failed_migration" | "sql_error",
    readonly migration: string,
    message: string,
  ) {
    super(message);
  }
}

export type Migration = { name: string; sql: string; checksum: string };

export function readMigrations(dir: string): Migration[] {
  return readdirSync(dir)
    .filter((entry) => statSync(path.join(dir, entry)).isDirectory())
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const BOOKKEEPING = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type Applied = { migration_name: string; checksum: string; finished_at: Date | null };

/** Applies pending migrations; returns the names applied by this call. */
export async function migrate(
  databaseUrl: string,
  dir: string,
  log: (line: string) => void = () => {},
): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
    await client.query(BOOKKEEPING);
    const { rows } = await client.query<Applied>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((row) => [row.migration_name, row]));
    for (const migration of readMigrations(dir)) {
      const previous = done.get(migration.name);
      if (previous && !previous.finished_at) {
        throw new MigrationError("failed_migration", migration.name,
          `Migration ${migration.name} failed earlier and was not resolved; see docs/migrations.md.`);
      }
      if (previous) {
        if (previous.checksum !== migration.checksum) {
          throw new MigrationError("checksum_mismatch", migration.name,
            `Migration ${migration.name} was changed after it was applied; write a new migration instead.`);
        }
        continue;
      }
      await applyOne(client, migration);
      applied.push(migration.name);
      log(`applied ${migration.name}`);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]).catch(() => {});
    await client.end();
  }
  return applied;
}

async function applyOne(client: pg.Client, migration: Migration): Promise<void> {
  try {
    await client.query("BEGIN");
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
       VALUES ($1, $2, now(), $3, 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError("sql_error", migration.name, `Migration ${migration.name} failed: ${reason}`);
  }
}
