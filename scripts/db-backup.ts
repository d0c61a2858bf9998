// `npm run db:backup [-- file]`: a pg_dump of the app's database into backups/ (or `file`).
import "dotenv/config";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { backup } from "./lib/backup.ts";
import { maintenanceDatabase } from "./lib/database-url.ts";

const root = path.resolve(import.meta.dirname, "..");
const file = process.argv[2] ?? path.join(root, "backups", `interpoles-${new Date().toISOString().replace(/[:.]/g, "-")}.dump`);
mkdirSync(path.dirname(file), { recursive: true });
const database = await maintenanceDatabase();
try {
  backup(database.url, file);
  console.log(`Backup written to ${file}`);
} catch {
  console.error("The backup failed (is pg_dump installed, and of the server's version or newer?).");
  process.exitCode = 1;
} finally {
  await database.stop();
}
