// The demo organisation « La Bobine »: a fictional SCIC running a tiers-lieu, with a governance
// record, people, tensions, proposals at every stage and meetings, dated relative to today.
// `npm run db:seed` seeds DATABASE_URL when it holds no organisation yet, then prints the logins.
// Runs outside Next: it must not import lib/server/db.ts or anything marked "server-only".
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { hashPassword } from "../../lib/auth/password.ts";
import { DEMO_ORGANIZATION } from "./demo-circles-data.ts";
import { daysAgo, type SeedContext } from "./demo-kit.ts";
import { DEMO_PASSWORD, demoEmail, PEOPLE } from "./demo-people-data.ts";
import { seedAssignments, seedPeople } from "./demo-people.ts";
import { seedStructure } from "./demo-structure.ts";
import { seedAgendas, seedMeetings } from "./demo-meetings.ts";
import { seedDraftProposal, seedTensions } from "./demo-tensions.ts";
import { seedAdoptedDecision } from "./demo-decision.ts";
import { seedOpenRound } from "./demo-round.ts";
import { seedJournal } from "./demo-journal.ts";

/** For scripts/lib/demo.ts (printed by `npm start`) and the tests. */
export const DEMO_ORGANIZATION_SLUG = DEMO_ORGANIZATION.slug;
export { DEMO_PASSWORD };

export type DemoLogin = { email: string; password: string; name: string; permission: string };

export async function seedDemo(db: PrismaClient): Promise<{ organizationSlug: string; logins: DemoLogin[] }> {
  const now = new Date();
  const setupAt = daysAgo(240, now);
  // Hashing is slow on purpose (scrypt): done before the transaction, which then stays short.
  const passwordHashes = await Promise.all(PEOPLE.map(() => hashPassword(DEMO_PASSWORD)));

  await db.$transaction(async (tx) => {
    const organization = await tx.organization.create({
      data: { ...DEMO_ORGANIZATION, createdAt: new Date(setupAt.getTime() - 60 * 60 * 1000) },
      select: { id: true },
    });
    const organizationId = organization.id;
    const people = await seedPeople(tx, organizationId, passwordHashes, setupAt);
    const adminId = people.userIds.get("camille");
    if (!adminId) throw new Error("Demo seed: the admin is missing");
    const structure = await seedStructure(tx, organizationId, adminId, setupAt);
    await seedAssignments(tx, organizationId, people, structure, adminId, now, setupAt);

    const ctx: SeedContext = {
      tx, organizationId, now, ...people, ...structure,
      names: new Map(PEOPLE.map((person) => [person.key, person.name])),
    };
    const meetings = await seedMeetings(ctx);
    const tensionIds = await seedTensions(ctx);
    const adoptedProposalId = await seedAdoptedDecision(ctx, meetings, tensionIds);
    const openProposalId = await seedOpenRound(ctx, tensionIds);
    await seedDraftProposal(ctx, tensionIds);
    await seedAgendas(ctx, meetings, { adoptedProposalId, openProposalId, tensionIds });
    await seedJournal(ctx, { setupAt, meetings, tensionIds, adoptedProposalId, openProposalId });
  }, { timeout: 120_000, maxWait: 10_000 });

  return {
    organizationSlug: DEMO_ORGANIZATION.slug,
    logins: PEOPLE.map((person) => ({ email: demoEmail(person.key), password: DEMO_PASSWORD, name: person.name, permission: person.permission })),
  };
}

async function main(): Promise<void> {
  await import("dotenv/config");
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    console.error("DATABASE_URL is not set.");
    process.exit(1);
  }
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    // Only an empty database gets the demo: never mix fictional people into real data.
    if ((await db.organization.count()) > 0) {
      console.log("The database already holds an organisation: demo not seeded.");
      return;
    }
    const { organizationSlug, logins } = await seedDemo(db);
    console.log(`Demo organisation seeded: /o/${organizationSlug}`);
    console.log(`Password for every account: ${DEMO_PASSWORD}`);
    for (const login of logins) console.log(`  ${login.email.padEnd(34)} ${login.permission.padEnd(9)} ${login.name}`);
  } finally {
    await db.$disconnect();
  }
}

const invokedPath = process.argv[1] ? path.resolve(process.argv[1]) : "";
if (invokedPath === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
