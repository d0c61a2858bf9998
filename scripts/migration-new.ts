// Authors a new migration offline: `npm run db:migration:new -- <name>`.
// Diffs the schema as of the last migration (prisma/migrations/schema.snapshot.prisma) against
// prisma/schema.prisma with the WASM engine, writes prisma/migrations/<timestamp>_<name>/, and
// refreshes the snapshot. See docs/migrations.md.
import { existsSync, mkdirSync, writeFileSync, copyFileSync } from "node:fs";
import path from "node:path";
import { diffSchemas, EMPTY_SCHEMA, readSchema } from "./lib/prisma-wasm.ts";

const root = path.resolve(import.meta.dirname, "..");
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration:new -- <name_in_snake_case>");
  process.exit(1);
}
const snapshot = path.join(root, "prisma/migrations/schema.snapshot.prisma");
const from = existsSync(snapshot) ? readSchema(snapshot) : EMPTY_SCHEMA;
const to = readSchema();
const adminUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const sql = diffSchemas(from, to, adminUrl);
if (!sql.trim() || /^--\s*This is an empty migration/m.test(sql)) {
  console.log("schema.prisma has not changed since the last migration: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(root, "prisma/migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
copyFileSync(path.join(root, "prisma/schema.prisma"), snapshot);
console.log(`Wrote ${path.relative(root, dir)}/migration.sql`);
console.log("If prisma/constraints.sql changed too, add the matching statements to it by hand.");
