// The embedded PostgreSQL that `npm start` and `npm test` run on a machine without one: it
// starts, keeps its data across restarts, and stops.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { ensureDatabase, startEmbeddedPostgres } from "../../scripts/lib/embedded-db.ts";

const dir = mkdtempSync(path.join(tmpdir(), "interpoles-embedded-"));
const port = 55000 + Math.floor(Math.random() * 5000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function scalar(url: string, sql: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Object.values((await client.query(sql)).rows[0] ?? {})[0];
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("keeps its data across a restart and offers the extensions the app uses", async () => {
    const first = await startEmbeddedPostgres({ dir: path.join(dir, "pg"), port });
    await ensureDatabase(first.url("postgres"), "kept");
    await scalar(first.url("kept"), "CREATE TABLE note (body text)");
    await scalar(first.url("kept"), "INSERT INTO note VALUES ('still here')");
    expect(await scalar(first.url("kept"), "SELECT count(*)::int FROM pg_available_extensions WHERE name IN ('unaccent', 'pg_trgm')")).toBe(2);
    await first.stop();
    await expect(scalar(first.url("kept"), "SELECT 1")).rejects.toThrow();

    const second = await startEmbeddedPostgres({ dir: path.join(dir, "pg"), port });
    try {
      expect(await scalar(second.url("kept"), "SELECT body FROM note")).toBe("still here");
    } finally {
      await second.stop();
    }
  }, 120_000);
});
