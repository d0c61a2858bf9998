// Writes the demo's governance record: circles with their process settings, the four core roles
// of each circle, the ordinary roles with accountabilities and domains, the policies. As the
// product would, every creation leaves a RecordChange, marked as a direct edit of the set-up.
import type { Prisma } from "../../lib/generated/prisma/client.ts";
import { CIRCLES, CORE_ROLES } from "./demo-circles-data.ts";
import { ROLES } from "./demo-roles-data.ts";
import { pick, type SeedTx } from "./demo-kit.ts";

export type Structure = {
  circleIds: Map<string, string>;
  /** Ordinary roles by key, and core roles by `<circleKey>:<coreRole>`. */
  roleIds: Map<string, string>;
};

type Context = { tx: SeedTx; organizationId: string; actorId: string; at: Date };

async function recordCreated(
  { tx, organizationId, actorId, at }: Context,
  entries: { entity: Prisma.RecordChangeCreateManyInput["entity"]; entityId: string; circleId: string; roleId?: string; after: Prisma.InputJsonObject }[],
): Promise<void> {
  await tx.recordChange.createMany({
    data: entries.map((entry) => ({
      organizationId, action: "created" as const, isDirectEdit: true, actorId, occurredAt: at, ...entry,
    })),
  });
}

async function createRole(
  ctx: Context,
  circleId: string,
  role: { name: string; purpose: string; coreRole?: (typeof CORE_ROLES)[number]["coreRole"]; accountabilities: string[]; domains?: { name: string; description: string }[] },
): Promise<string> {
  const { tx, organizationId, at } = ctx;
  const created = await tx.role.create({
    data: { organizationId, circleId, name: role.name, purpose: role.purpose, coreRole: role.coreRole ?? null, createdAt: at },
    select: { id: true },
  });
  const accountabilities = await tx.accountability.createManyAndReturn({
    data: role.accountabilities.map((description, position) => ({ organizationId, roleId: created.id, description, position, createdAt: at })),
    select: { id: true, description: true, position: true },
  });
  const domains = await tx.domain.createManyAndReturn({
    data: (role.domains ?? []).map((domain, position) => ({ organizationId, circleId, roleId: created.id, ...domain, position, createdAt: at })),
    select: { id: true, name: true, description: true },
  });
  await recordCreated(ctx, [
    { entity: "role", entityId: created.id, circleId, roleId: created.id, after: { name: role.name, purpose: role.purpose, coreRole: role.coreRole ?? null } },
    ...accountabilities.map((a) => ({ entity: "accountability" as const, entityId: a.id, circleId, roleId: created.id, after: { description: a.description, position: a.position } })),
    ...domains.map((d) => ({ entity: "domain" as const, entityId: d.id, circleId, roleId: created.id, after: { name: d.name, description: d.description } })),
  ]);
  return created.id;
}

export async function seedStructure(tx: SeedTx, organizationId: string, actorId: string, at: Date): Promise<Structure> {
  const ctx: Context = { tx, organizationId, actorId, at };
  const circleIds = new Map<string, string>();
  const roleIds = new Map<string, string>();

  // CIRCLES lists parents before their children, so each parent id is known when needed.
  for (const circle of CIRCLES) {
    const parentId = circle.parent ? pick(circleIds, circle.parent) : null;
    const { id } = await tx.circle.create({
      data: { organizationId, parentId, kind: circle.kind, name: circle.name, purpose: circle.purpose, createdAt: at },
      select: { id: true },
    });
    circleIds.set(circle.key, id);
    const settings = await tx.circleProcessSettings.create({
      data: { organizationId, circleId: id, ...circle.settings },
    });
    const policies = await tx.policy.createManyAndReturn({
      data: (circle.policies ?? []).map((policy, position) => ({ organizationId, circleId: id, ...policy, position, createdAt: at })),
      select: { id: true, title: true, body: true },
    });
    await recordCreated(ctx, [
      { entity: "circle", entityId: id, circleId: id, after: { name: circle.name, purpose: circle.purpose, kind: circle.kind, parentId } },
      { entity: "settings", entityId: settings.id, circleId: id, after: {
        preset: settings.preset, abstentionAllowed: settings.abstentionAllowed, absenteePolicy: settings.absenteePolicy,
        quorumPercent: settings.quorumPercent, reviewPeriodDays: settings.reviewPeriodDays } },
      ...policies.map((p) => ({ entity: "policy" as const, entityId: p.id, circleId: id, after: { title: p.title, body: p.body } })),
    ]);
    for (const core of CORE_ROLES) {
      roleIds.set(`${circle.key}:${core.coreRole}`, await createRole(ctx, id, core));
    }
  }

  for (const role of ROLES) {
    roleIds.set(role.key, await createRole(ctx, pick(circleIds, role.circle), role));
  }
  return { circleIds, roleIds };
}
