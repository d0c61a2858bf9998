// The one Prisma client of the app (driver adapter over node-postgres). Reused across hot
// reloads in development so that connections are not leaked.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "./env";

export function createPrismaClient(databaseUrl: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: 10 });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { interpolesPrisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.interpolesPrisma ?? createPrismaClient(env().DATABASE_URL);

if (process.env.NODE_ENV !== "production") globalForPrisma.interpolesPrisma = db;

export type Db = PrismaClient;
/** A transaction client: what `db.$transaction(async (tx) => ...)` passes. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
