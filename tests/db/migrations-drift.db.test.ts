// The migrations and prisma/schema.prisma (+ prisma/constraints.sql) must describe the same
// database. A schema change without its migration, or a migration edited by hand away from
// the schema, fails here.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { migrate } from "@/lib/server/migrate";
import { diffSchemas, EMPTY_SCHEMA, readSchema } from "../../scripts/lib/prisma-wasm.ts";
import { describeSchema } from "../support/describe-schema.ts";
import { testAdminUrl, withScratchDatabase } from "../support/scratch-db.ts";

const root = path.resolve(import.meta.dirname, "../..");

async function execute(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("migrations and schema.prisma", () => {
  it("build the same database", async () => {
    const fromSchema = diffSchemas(EMPTY_SCHEMA, readSchema(), testAdminUrl());
    const constraints = readFileSync(path.join(root, "prisma/constraints.sql"), "utf8");
    await withScratchDatabase(async (migrated) => {
      await withScratchDatabase(async (declared) => {
        await migrate(migrated, path.join(root, "prisma/migrations"));
        await execute(declared, `${fromSchema}\n${constraints}`);
        const [a, b] = await Promise.all([describeSchema(migrated), describeSchema(declared)]);
        expect(a.text.length).toBeGreaterThan(1000);
        expect(a.text).toContain("Circle_no_cycle");
        expect(a.text).toEqual(b.text);
      });
    });
  }, 120_000);
});
