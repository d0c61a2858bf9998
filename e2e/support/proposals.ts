// Data for the proposals spec: a role with its accountabilities (written as the engine writes it,
// with its "created" RecordChange) and a governance tension, inserted directly since lib/ cannot run
// here. Moving a proposal into its process is the consent module's job: `startProcess` stands in.
import type { Prisma } from "../../lib/generated/prisma/client.ts";
import { testDb, type TestOrganization, type TestUser } from "./db.ts";

const json = (row: object) => JSON.parse(JSON.stringify(row)) as Prisma.InputJsonObject;

export async function createRoleWithAccountabilities(org: TestOrganization, name: string, accountabilities: string[]) {
  return testDb().$transaction(async (tx) => {
    const organizationId = org.id;
    const role = await tx.role.create({ data: { organizationId, circleId: org.generalCircleId, name } });
    const rows = await tx.accountability.createManyAndReturn({ data: accountabilities.map((description, position) => ({ organizationId, roleId: role.id, description, position })) });
    await tx.recordChange.createMany({
      data: [role, ...rows].map((row) => ({
        organizationId, entity: row === role ? ("role" as const) : ("accountability" as const), entityId: row.id, action: "created" as const,
        circleId: org.generalCircleId, roleId: role.id, after: json(row), isDirectEdit: true,
      })),
    });
    return role;
  });
}

export async function createGovernanceTension(org: TestOrganization, author: TestUser, title: string) {
  return testDb().tension.create({
    data: { organizationId: org.id, circleId: org.generalCircleId, authorId: author.id, title, whatIs: "Personne ne suit la trésorerie.", kind: "governance", status: "open" },
  });
}

export async function startProcess(proposalId: string) {
  await testDb().proposal.update({ where: { id: proposalId }, data: { status: "in_process", step: "amendment" } });
}
