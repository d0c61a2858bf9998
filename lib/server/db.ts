// The one Prisma client of the app (driver adapter over node-postgres). Reused across hot
// reloads in development so that connections are not leaked.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "./env";

export function createPrismaClient(databaseUrl: string): PrismaClient {
  // When PostgreSQL restarts (or a proxy drops idle connections), the pool's idle clients fail.
  // pg drops them from the pool and emits "error": the adapter listens, so the process does not
  // crash, and the next query opens a fresh connection (tests/db/faults/postgres-restart). We
  // only say it happened, once per dropped connection.
  const adapter = new PrismaPg(
    { connectionString: databaseUrl, max: 10 },
    {
      onPoolError: (error) => console.warn(`[db] an idle database connection was lost (${error.message}); the next query reconnects`),
      onConnectionError: (error) => console.warn(`[db] a database connection failed during a transaction (${error.message})`),
    },
  );
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { interpolesPrisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.interpolesPrisma ?? createPrismaClient(env().DATABASE_URL);

if (process.env.NODE_ENV !== "production") globalForPrisma.interpolesPrisma = db;

export type Db = PrismaClient;
/** A transaction client: what `db.$transaction(async (tx) => ...)` passes. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
