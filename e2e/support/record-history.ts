// Record data for the search and history specs: a circle, a role and its accountabilities,
// inserted with their RecordChange rows at a chosen instant, as lib/record/apply.ts writes them
// (applyChanges itself is server-only and cannot run here).
import { randomUUID } from "node:crypto";
import type { TestOrganization, TestUser } from "./db.ts";
import { testDb } from "./db.ts";

export type RecordSeed = { circleId: string; roleId: string; accountabilityIds: string[] };

type Options = { circle: string; role: string; accountabilities: string[]; at: Date; actor: TestUser; purpose?: string };

export async function seedCircleWithRole(org: TestOrganization, options: Options): Promise<RecordSeed> {
  const { at, actor } = options;
  const organizationId = org.id;
  const circleId = randomUUID();
  const roleId = randomUUID();
  const base = { organizationId, createdAt: at, updatedAt: at, archivedAt: null };
  const circle = { ...base, id: circleId, parentId: org.generalCircleId, kind: "pole" as const, name: options.circle, purpose: options.purpose ?? "", version: 1 };
  const role = { ...base, id: roleId, circleId, name: options.role, purpose: "", coreRole: null, version: 1 };
  const accountabilities = options.accountabilities.map((description, position) => ({ ...base, id: randomUUID(), roleId, description, position }));
  const json = (row: object) => JSON.parse(JSON.stringify(row)) as object;
  const change = (entity: "circle" | "role" | "accountability", row: { id: string }, roleRef: string | null) => ({
    organizationId, entity, entityId: row.id, action: "created" as const, circleId, roleId: roleRef,
    after: json(row), actorId: actor.id, isDirectEdit: true, occurredAt: at,
  });
  await testDb().$transaction(async (tx) => {
    // Data dated in the past needs an organisation that existed then: its general circle too.
    await tx.circle.updateMany({ where: { id: org.generalCircleId, createdAt: { gt: at } }, data: { createdAt: at } });
    await tx.circle.create({ data: circle });
    await tx.role.create({ data: role });
    await tx.accountability.createMany({ data: accountabilities });
    await tx.recordChange.createMany({
      data: [change("circle", circle, null), change("role", role, roleId), ...accountabilities.map((a) => change("accountability", a, roleId))],
    });
  });
  return { circleId, roleId, accountabilityIds: accountabilities.map((a) => a.id) };
}

/** Renames the role at `at`, with its RecordChange. */
export async function renameRole(org: TestOrganization, seed: RecordSeed, name: string, at: Date, actor: TestUser): Promise<void> {
  const db = testDb();
  const before = await db.role.findUniqueOrThrow({ where: { id: seed.roleId } });
  const after = await db.role.update({ where: { id: seed.roleId }, data: { name, version: { increment: 1 }, updatedAt: at } });
  await db.recordChange.create({
    data: {
      organizationId: org.id, entity: "role", entityId: seed.roleId, action: "updated", circleId: seed.circleId, roleId: seed.roleId,
      before: JSON.parse(JSON.stringify(before)), after: JSON.parse(JSON.stringify(after)), actorId: actor.id, isDirectEdit: true, occurredAt: at,
    },
  });
}
