// Record data for the direct-edit specs: roles with their accountabilities, written as the engine
// writes them (the rows and their "created" RecordChange), since lib/record cannot run here.
import type { Prisma } from "../../lib/generated/prisma/client.ts";
import { testDb, type TestOrganization } from "./db.ts";

function snapshot(row: Record<string, unknown>): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(row)) as Prisma.InputJsonObject;
}

export type TestRole = { id: string; circleId: string; accountabilityIds: string[] };

/** A role of the organisation's general circle (or of `circleId`), with its accountabilities in order. */
export async function createRole(
  org: TestOrganization,
  options: { name: string; purpose?: string; accountabilities?: string[]; circleId?: string },
): Promise<TestRole> {
  const organizationId = org.id;
  const circleId = options.circleId ?? org.generalCircleId;
  return testDb().$transaction(async (tx) => {
    const role = await tx.role.create({ data: { organizationId, circleId, name: options.name, purpose: options.purpose ?? "" } });
    const accountabilities = await tx.accountability.createManyAndReturn({
      data: (options.accountabilities ?? []).map((description, position) => ({ organizationId, roleId: role.id, description, position })),
    });
    await tx.recordChange.createMany({
      data: [
        { organizationId, entity: "role" as const, entityId: role.id, action: "created" as const, circleId, roleId: role.id, after: snapshot(role), isDirectEdit: true },
        ...accountabilities.map((row) => ({
          organizationId, entity: "accountability" as const, entityId: row.id, action: "created" as const, circleId, roleId: role.id, after: snapshot(row), isDirectEdit: true,
        })),
      ],
    });
    return { id: role.id, circleId, accountabilityIds: accountabilities.map((row) => row.id) };
  });
}
