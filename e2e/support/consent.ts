// Data and clock for the consent spec. Core roles are written as the record writes them; a round
// whose deadline has already passed is inserted directly (waiting a real deadline is not a test);
// the sweep is the very function the job runner calls every minute (lib/rounds/sweep.ts), run here
// in its own process against the server's database (sweep-cli.ts) instead of waiting for the next tick.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { CoreRole } from "../../lib/generated/prisma/enums.ts";
import { testDb, type TestOrganization, type TestUser } from "./db.ts";

export async function membershipOf(org: TestOrganization, user: TestUser): Promise<string> {
  return (await testDb().membership.findFirstOrThrow({ where: { organizationId: org.id, userId: user.id }, select: { id: true } })).id;
}

export async function assignCoreRole(org: TestOrganization, user: TestUser, coreRole: CoreRole, name: string) {
  const db = testDb();
  const role = await db.role.create({ data: { organizationId: org.id, circleId: org.generalCircleId, coreRole, name } });
  await db.roleAssignment.create({ data: { organizationId: org.id, roleId: role.id, membershipId: await membershipOf(org, user) } });
}

/** A proposal adding `description` to the role, already in a consent round whose deadline passed. */
export async function proposalInOverdueRound(org: TestOrganization, author: TestUser, roleId: string, title: string, description: string, participants: TestUser[]) {
  return proposalInRound(org, author, roleId, title, description, participants, new Date(Date.now() - 60_000));
}

/** The same, in a round whose deadline is `deadlineAt` (past: overdue; future: open for answers). */
export async function proposalInRound(org: TestOrganization, author: TestUser, roleId: string, title: string, description: string, participants: TestUser[], deadlineAt: Date) {
  return testDb().$transaction(async (tx) => {
    const organizationId = org.id;
    const past = deadlineAt;
    const proposal = await tx.proposal.create({
      data: { organizationId, circleId: org.generalCircleId, authorId: author.id, status: "in_process", step: "consent_round", deadlineAt: past },
    });
    const version = await tx.proposalVersion.create({ data: { organizationId, proposalId: proposal.id, number: 1, title, reasons: "Rendre compte", authorId: author.id } });
    await tx.proposalChange.create({ data: { organizationId, versionId: version.id, position: 0, kind: "accountability.add", payload: { roleId, description } } });
    await tx.proposalCircle.create({ data: { organizationId, proposalId: proposal.id, circleId: org.generalCircleId } });
    const round = await tx.consentRound.create({
      data: {
        organizationId, proposalId: proposal.id, versionId: version.id, number: 1, abstentionAllowed: false, absenteePolicy: "silence_is_consent",
        openedAt: new Date(Date.now() - 3_600_000), deadlineAt: past,
      },
    });
    await tx.roundParticipant.createMany({ data: participants.map((p) => ({ organizationId, roundId: round.id, userId: p.id, circleId: org.generalCircleId })) });
    return proposal.id;
  });
}

export async function sweep(now = new Date()): Promise<number> {
  const root = path.resolve(import.meta.dirname, "../..");
  const databaseUrl = process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL;
  const { stdout } = await promisify(execFile)(path.join(root, "node_modules/.bin/tsx"), ["e2e/support/sweep-cli.ts", now.toISOString()], {
    cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return Number(stdout.trim().split("\n").pop());
}
