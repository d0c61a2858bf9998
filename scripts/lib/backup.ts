// Backups with PostgreSQL's own tools: pg_dump in its custom format (compressed, restorable
// selectively), pg_restore into an empty or existing database (objects are dropped first).
import { execFileSync } from "node:child_process";

export function backup(databaseUrl: string, file: string): void {
  execFileSync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${databaseUrl}`], {
    stdio: ["ignore", "inherit", "inherit"],
  });
}

export function restore(databaseUrl: string, file: string): void {
  execFileSync(
    "pg_restore",
    ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${databaseUrl}`, file],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
}
