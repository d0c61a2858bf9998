// Runs the deadline sweep once, as the job runner does, in its own process (tsx resolves the
// app's path aliases and JSON messages, which Playwright's loader cannot): `tsx sweep-cli.ts <ISO date>`.
// Prints how many processes the deadline changed.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { closeDueRounds } from "@/lib/rounds/sweep";

const connectionString = process.env.DATABASE_URL;
if (!connectionString) throw new Error("DATABASE_URL is required");
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 2 }) });
try {
  console.log(String(await closeDueRounds(db, new Date(process.argv[2] ?? Date.now()))));
} finally {
  await db.$disconnect();
}
