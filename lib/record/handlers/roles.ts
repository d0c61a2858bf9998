// Creating, amending, moving and archiving roles. Core roles (lead link, rep link, facilitator,
// secretary) live and end with their circle: they are never moved nor archived on their own.
import type { Role } from "@/lib/generated/prisma/client";
import type { ChangeOf } from "../changes";
import type { ApplyContext } from "../context";
import { refuse, registerCreated, resolveId } from "../context";
import { recordChanges, recordEvent } from "../journal";
import { bumpVersion, checkVersion, findActiveCircle, findRole, touchCircle, touchRole } from "../load";
import { isNameTaken, normalizeName } from "../rules";
import { archiveRoles } from "./cascade";

async function refuseTakenName(ctx: ApplyContext, circleId: string, name: string, selfId?: string): Promise<void> {
  const siblings = await ctx.tx.role.findMany({
    where: { organizationId: ctx.organizationId, circleId, archivedAt: null },
    select: { id: true, name: true },
  });
  if (isNameTaken(name, siblings, selfId)) refuse("name_taken", "name");
}

/** Refuses domain names already held in the circle (or repeated among `names`). */
export async function refuseTakenDomains(
  ctx: ApplyContext,
  circleId: string,
  names: readonly string[],
  { exceptIds = [], field = "domains" }: { exceptIds?: readonly string[]; field?: string } = {},
): Promise<void> {
  const held = await ctx.tx.domain.findMany({
    where: { organizationId: ctx.organizationId, circleId, archivedAt: null, id: { notIn: [...exceptIds] } },
    select: { name: true },
  });
  const taken = new Set(held.map((domain) => normalizeName(domain.name)));
  for (const name of names) {
    if (taken.has(normalizeName(name))) refuse("domain_taken", field);
    taken.add(normalizeName(name));
  }
}

export async function createRole(ctx: ApplyContext, change: ChangeOf<"role.create">): Promise<void> {
  const { tx, organizationId, now } = ctx;
  const circleId = resolveId(ctx, change.circleId, "circleId");
  const circle = await touchCircle(ctx, circleId, "circleId", change.expectedVersion);
  if (circle.archivedAt) refuse("archived", "circleId");
  await refuseTakenName(ctx, circleId, change.name);
  await refuseTakenDomains(ctx, circleId, change.domains.map((domain) => domain.name));
  const role = await tx.role.create({ data: { organizationId, circleId, name: change.name, purpose: change.purpose, createdAt: now } });
  registerCreated(ctx, role.id, change.ref);
  const accountabilities = await tx.accountability.createManyAndReturn({
    data: change.accountabilities.map((description, position) => ({ organizationId, roleId: role.id, description, position, createdAt: now })),
  });
  const domains = await tx.domain.createManyAndReturn({
    data: change.domains.map((domain, position) => ({ organizationId, circleId, roleId: role.id, ...domain, position, createdAt: now })),
  });
  const created = (entity: "accountability" | "domain") => (row: { id: string }) => ({
    entity, entityId: row.id, action: "created" as const, circleId, roleId: role.id, before: null, after: row,
  });
  await recordChanges(ctx, [
    { entity: "role", entityId: role.id, action: "created", circleId, roleId: role.id, before: null, after: role },
    ...accountabilities.map(created("accountability")),
    ...domains.map(created("domain")),
  ]);
  await recordEvent(ctx, change.kind, { circleId, subjectId: role.id, data: { name: role.name } });
}

export async function updateRole(ctx: ApplyContext, change: ChangeOf<"role.update">): Promise<void> {
  const roleId = resolveId(ctx, change.roleId, "roleId");
  const before = await touchRole(ctx, roleId, "roleId", change.expectedVersion);
  if (before.archivedAt) refuse("archived", "roleId");
  if (change.name !== undefined) await refuseTakenName(ctx, before.circleId, change.name, roleId);
  const after = await ctx.tx.role.update({
    where: { organizationId_id: { organizationId: ctx.organizationId, id: roleId } },
    data: { name: change.name, purpose: change.purpose },
  });
  await recordChanges(ctx, [{ entity: "role", entityId: roleId, action: "updated", circleId: after.circleId, roleId, before, after }]);
  await recordEvent(ctx, change.kind, { circleId: after.circleId, subjectId: roleId, data: { name: after.name } });
}

function refuseCoreOrArchived(role: Role): void {
  if (role.archivedAt) refuse("archived", "roleId");
  if (role.coreRole) refuse("core_role", "roleId");
}

/** Moves a role to another circle, with the domains it holds (they follow the role). */
export async function moveRole(ctx: ApplyContext, change: ChangeOf<"role.move">): Promise<void> {
  const { tx, organizationId } = ctx;
  const roleId = resolveId(ctx, change.roleId, "roleId");
  const circleId = resolveId(ctx, change.circleId, "circleId");
  const before = await touchRole(ctx, roleId, "roleId", change.expectedVersion);
  refuseCoreOrArchived(before);
  await findActiveCircle(ctx, circleId, "circleId");
  await refuseTakenName(ctx, circleId, before.name, roleId);
  const held = await tx.domain.findMany({ where: { organizationId, roleId, archivedAt: null } });
  await refuseTakenDomains(ctx, circleId, held.map((domain) => domain.name), { exceptIds: held.map((domain) => domain.id) });
  await bumpVersion(ctx, "circle", before.circleId);
  await bumpVersion(ctx, "circle", circleId);
  const after = await tx.role.update({ where: { organizationId_id: { organizationId, id: roleId } }, data: { circleId } });
  const movedDomains = await tx.domain.updateManyAndReturn({ where: { organizationId, roleId, archivedAt: null }, data: { circleId } });
  const heldById = new Map(held.map((domain) => [domain.id, domain]));
  await recordChanges(ctx, [
    { entity: "role", entityId: roleId, action: "moved", circleId, roleId, before, after },
    ...movedDomains.map((domain) => ({
      entity: "domain" as const, entityId: domain.id, action: "moved" as const, circleId, roleId,
      before: heldById.get(domain.id) ?? null, after: domain,
    })),
  ]);
  await recordEvent(ctx, change.kind, { circleId, subjectId: roleId, data: { name: after.name, from: before.circleId, to: circleId } });
}

/** Archives a role: its assignments end and the domains it held return to its circle. */
export async function archiveRole(ctx: ApplyContext, change: ChangeOf<"role.archive">): Promise<void> {
  const { tx, organizationId } = ctx;
  const roleId = resolveId(ctx, change.roleId, "roleId");
  const role = await findRole(ctx, roleId, "roleId");
  checkVersion(ctx, "role", roleId, role.version, change.expectedVersion);
  refuseCoreOrArchived(role);
  await bumpVersion(ctx, "circle", role.circleId);
  const held = await tx.domain.findMany({ where: { organizationId, roleId, archivedAt: null } });
  const released = await tx.domain.updateManyAndReturn({ where: { organizationId, roleId, archivedAt: null }, data: { roleId: null } });
  const heldById = new Map(held.map((domain) => [domain.id, domain]));
  await recordChanges(
    ctx,
    released.map((domain) => ({
      entity: "domain" as const, entityId: domain.id, action: "updated" as const, circleId: role.circleId, roleId,
      before: heldById.get(domain.id) ?? null, after: domain,
    })),
  );
  await archiveRoles(ctx, role.circleId, [roleId]);
  await recordEvent(ctx, change.kind, { circleId: role.circleId, subjectId: roleId, data: { name: role.name } });
}
