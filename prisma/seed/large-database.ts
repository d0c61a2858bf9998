// The database `npm run seed:large` and `npm run bench` work on: DATABASE_URL when set, else the
// embedded PostgreSQL `npm start` uses (same port, folder and database), migrated first.
import "dotenv/config";
import path from "node:path";
import { migrate } from "../../lib/server/migrate.ts";
import { adminUrlOf, ensureDatabase, startEmbeddedPostgres } from "../../scripts/lib/embedded-db.ts";

const root = path.resolve(import.meta.dirname, "../..");

export type OpenDatabase = { url: string; embedded: boolean; close(): Promise<void> };

export async function openDatabase(log: (line: string) => void): Promise<OpenDatabase> {
  let url = process.env.DATABASE_URL;
  let stop = async () => {};
  if (url) {
    await ensureDatabase(adminUrlOf(url), new URL(url).pathname.slice(1)).catch(() => {});
  } else {
    const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    const server = await startEmbeddedPostgres({ dir: path.join(root, ".data/postgres"), port, log });
    await ensureDatabase(server.url("postgres"), "interpoles");
    url = server.url("interpoles");
    stop = () => server.stop();
    log(`Using the embedded PostgreSQL on port ${port} (data in .data/postgres).`);
  }
  try {
    await migrate(url, path.join(root, "prisma/migrations"), log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, embedded: !process.env.DATABASE_URL, close: stop };
}
