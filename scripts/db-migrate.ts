// `npm run db:migrate`: applies pending migrations to DATABASE_URL (see lib/server/migrate.ts).
import "dotenv/config";
import path from "node:path";
import { migrate, MigrationError } from "../lib/server/migrate.ts";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. (npm start runs the embedded database and migrates it for you.)");
  process.exit(1);
}
try {
  const applied = await migrate(url, path.resolve(import.meta.dirname, "../prisma/migrations"), (line) => console.log(line));
  console.log(applied.length ? `${applied.length} migration(s) applied.` : "Database is up to date.");
} catch (error) {
  console.error(error instanceof MigrationError ? error.message : error);
  process.exit(1);
}
