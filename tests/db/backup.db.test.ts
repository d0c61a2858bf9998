// `npm run db:backup` / `db:restore`: a restore reproduces the same data, and replaces what
// changed since the backup.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/server/migrate";
import { backup, restore } from "../../scripts/lib/backup.ts";
import { withScratchDatabase } from "../support/scratch-db.ts";

const migrations = path.resolve(import.meta.dirname, "../../prisma/migrations");
const dir = mkdtempSync(path.join(tmpdir(), "interpoles-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Everything that matters of the data, as one comparable value. */
async function contents(url: string) {
  return {
    organizations: await sql(url, `SELECT id, slug, name FROM "Organization" ORDER BY id`),
    users: await sql(url, `SELECT id, email, name, "passwordHash" FROM "User" ORDER BY id`),
    circles: await sql(url, `SELECT id, "organizationId", kind, name, purpose FROM "Circle" ORDER BY id`),
    migrations: await sql(url, `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`),
  };
}

describe("backup and restore", () => {
  it("restores the same data into an empty database, and undoes later changes in place", async () => {
    await withScratchDatabase(async (source) => {
      await migrate(source, migrations);
      await sql(source, `INSERT INTO "Organization" (id, slug, name, "updatedAt") VALUES (gen_random_uuid(), 'sauvegarde', 'Coopérative « Sauvegarde »', now())`);
      await sql(source, `INSERT INTO "Circle" (id, "organizationId", kind, name, "updatedAt") SELECT gen_random_uuid(), id, 'general', 'Cercle général', now() FROM "Organization"`);
      await sql(source, `INSERT INTO "User" (id, email, name, "updatedAt") VALUES (gen_random_uuid(), 'a@example.test', 'Aïcha', now())`);
      const before = await contents(source);
      const file = path.join(dir, "backup.dump");
      backup(source, file);

      await withScratchDatabase(async (target) => {
        restore(target, file);
        expect(await contents(target)).toEqual(before);
      });

      await sql(source, `DELETE FROM "User"`);
      await sql(source, `UPDATE "Organization" SET name = 'Changée'`);
      restore(source, file);
      expect(await contents(source)).toEqual(before);
    });
  }, 120_000);
});
