// Seeds the demo organisation into an empty database, and prints its logins at each start.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { DEMO_ORGANIZATION_SLUG, DEMO_PASSWORD, seedDemo } from "../../prisma/seed/demo.ts";

function client(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}

/** Seeds when no organisation exists yet; returns whether it did. */
export async function seedIfEmpty(databaseUrl: string, log: (line: string) => void): Promise<boolean> {
  const db = client(databaseUrl);
  try {
    if ((await db.organization.count()) > 0) return false;
    log("Empty database: creating the demo organisation ...");
    await seedDemo(db);
    return true;
  } finally {
    await db.$disconnect();
  }
}

export async function printDemoLogins(databaseUrl: string, log: (line: string) => void, fresh: boolean): Promise<void> {
  const db = client(databaseUrl);
  try {
    const members = await db.membership.findMany({
      where: { organization: { slug: DEMO_ORGANIZATION_SLUG }, removedAt: null },
      select: { permission: true, user: { select: { email: true, name: true } } },
      orderBy: { joinedAt: "asc" },
    });
    if (members.length === 0) return;
    log(fresh ? "Demo organisation created. Sign in with any of:" : "Demo logins:");
    for (const m of members) log(`  ${m.user.email.padEnd(40)} ${m.permission.padEnd(9)} ${m.user.name}`);
    log(`  password for all: ${DEMO_PASSWORD}`);
  } finally {
    await db.$disconnect();
  }
}
