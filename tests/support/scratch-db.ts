// Scratch databases for tests that need a database of their own (migrations, drift, seed):
// created on the test server, dropped afterwards.
import { randomBytes } from "node:crypto";
import { adminUrlOf, dropDatabase, ensureDatabase } from "../../scripts/lib/embedded-db.ts";

export function testAdminUrl(): string {
  const url = process.env.TEST_ADMIN_DATABASE_URL ?? (process.env.DATABASE_URL && adminUrlOf(process.env.DATABASE_URL));
  if (!url) throw new Error("DATABASE_URL is not set: run database tests through `npm test` (see README).");
  return url;
}

export async function withScratchDatabase<T>(body: (url: string) => Promise<T>): Promise<T> {
  const admin = testAdminUrl();
  const name = `scratch_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await ensureDatabase(admin, name);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  try {
    return await body(url.toString());
  } finally {
    await dropDatabase(admin, name);
  }
}
