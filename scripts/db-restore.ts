// `npm run db:restore -- file`: restores a backup made by `npm run db:backup` into the app's
// database, replacing what is there, in one transaction (all or nothing). Stop the app first.
import "dotenv/config";
import { existsSync } from "node:fs";
import { restore } from "./lib/backup.ts";
import { maintenanceDatabase } from "./lib/database-url.ts";

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error("Usage: npm run db:restore -- <backup file>");
  process.exit(1);
}
const database = await maintenanceDatabase();
try {
  restore(database.url, file);
  console.log(`Restored ${file}`);
} catch {
  console.error("The restore failed; the database was left as it was.");
  process.exitCode = 1;
} finally {
  await database.stop();
}
