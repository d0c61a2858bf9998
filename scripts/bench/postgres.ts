// PostgreSQL's own ceiling for a comparable read, with raw `pg`: a pool of 20 clients, each
// reading one role by id (indexed, scoped by organisation, the read at the heart of the role page)
// as fast as it can, as a prepared statement, for a bounded time.
import pg from "pg";

export const PG_CLIENTS = 20;

export type PostgresCeiling = { qps: number; clients: number; query: string };

const QUERY = `SELECT "id", "name", "purpose", "circleId" FROM "Role" WHERE "organizationId" = $1 AND "id" = $2`;

export async function measurePostgres(databaseUrl: string, organizationId: string, seconds: number): Promise<PostgresCeiling> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: PG_CLIENTS });
  try {
    const ids = (await pool.query<{ id: string }>(`SELECT "id" FROM "Role" WHERE "organizationId" = $1 ORDER BY "id" LIMIT 1000`, [organizationId])).rows.map((r) => r.id);
    let done = 0;
    let n = 0;
    const worker = async (deadline: number) => {
      const client = await pool.connect();
      try {
        while (performance.now() < deadline) {
          await client.query({ name: "bench-role", text: QUERY, values: [organizationId, ids[n++ % ids.length]] });
          done++;
        }
      } finally {
        client.release();
      }
    };
    const run = async (ms: number) => {
      const deadline = performance.now() + ms;
      await Promise.all(Array.from({ length: PG_CLIENTS }, () => worker(deadline)));
    };
    await run(1000);
    done = 0;
    const started = performance.now();
    await run(seconds * 1000);
    return { qps: Math.round(done / ((performance.now() - started) / 1000)), clients: PG_CLIENTS, query: QUERY };
  } finally {
    await pool.end();
  }
}
