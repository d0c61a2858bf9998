// A normalised, comparable description of a database schema: `pg_dump --schema-only` when a
// compatible pg_dump is installed, else the same facts read from the catalogs (tables, columns,
// constraints, indexes, enums, functions, triggers). Normalising removes what legitimately
// differs between a database built step by step and one built at once: column order (a later
// ALTER TABLE ADD COLUMN appends) and dump comments.
import { execFileSync } from "node:child_process";
import pg from "pg";

const EXCLUDED_TABLE = "_prisma_migrations";

function pgDump(url: string): string | null {
  try {
    return execFileSync("pg_dump", ["--schema-only", "--no-owner", "--no-privileges", `--exclude-table=${EXCLUDED_TABLE}`, url], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return null; // no pg_dump here, or one older than the server
  }
}

/** Drops comments, blank and SET lines; sorts the lines inside each CREATE TABLE. */
export function normaliseDump(dump: string): string {
  const lines = dump
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("--") && !/^(SET|SELECT pg_catalog\.set_config|\\(un)?restrict )/.test(line));
  const out: string[] = [];
  let table: string[] | null = null;
  for (const line of lines) {
    if (line.startsWith("CREATE TABLE")) {
      out.push(line);
      table = [];
    } else if (table && line.startsWith(")")) {
      out.push(...table.map((l) => l.trim().replace(/,$/, "")).sort(), line);
      table = null;
    } else if (table) table.push(line);
    else out.push(line);
  }
  return out.join("\n");
}

async function fromCatalogs(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const queries = [
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '${EXCLUDED_TABLE}'
         ORDER BY table_name, column_name`,
      `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
         WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"${EXCLUDED_TABLE}"'
         ORDER BY 1, 2`,
      `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '${EXCLUDED_TABLE}' ORDER BY 1, 2`,
      `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels FROM pg_type t
         JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typnamespace = 'public'::regnamespace GROUP BY 1 ORDER BY 1`,
      `SELECT proname, pg_get_functiondef(oid) AS def FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1`,
      `SELECT tgname, pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1`,
      `SELECT extname FROM pg_extension ORDER BY 1`,
    ];
    const parts: string[] = [];
    for (const sql of queries) parts.push(JSON.stringify((await client.query(sql)).rows, null, 1));
    return parts.join("\n");
  } finally {
    await client.end();
  }
}

export async function describeSchema(url: string): Promise<{ source: "pg_dump" | "catalogs"; text: string }> {
  const dump = pgDump(url);
  if (dump) return { source: "pg_dump", text: normaliseDump(dump) };
  return { source: "catalogs", text: await fromCatalogs(url) };
}
