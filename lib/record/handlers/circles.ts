// Creating, amending, moving and archiving circles. The general circle is the root: it is never
// moved nor archived. A new circle starts with its four core roles, default consent settings and
// no members (people join it through assignments and circle membership, not through the record).
import { CoreRole } from "@/lib/generated/prisma/enums";
import type { ChangeOf } from "../changes";
import type { ApplyContext } from "../context";
import { refuse, registerCreated, resolveId } from "../context";
import { recordChanges, recordEvent } from "../journal";
import { bumpVersion, findActiveCircle, touchCircle } from "../load";
import { isNameTaken, wouldCreateCycle } from "../rules";
import { archiveRoles, removeCircleItems } from "./cascade";

async function refuseTakenName(ctx: ApplyContext, parentId: string, name: string, selfId?: string): Promise<void> {
  const siblings = await ctx.tx.circle.findMany({
    where: { organizationId: ctx.organizationId, parentId, archivedAt: null },
    select: { id: true, name: true },
  });
  if (isNameTaken(name, siblings, selfId)) refuse("name_taken", "name");
}

export async function createCircle(ctx: ApplyContext, change: ChangeOf<"circle.create">): Promise<void> {
  const { tx, organizationId, now } = ctx;
  const parentId = resolveId(ctx, change.parentId, "parentId");
  const parent = await touchCircle(ctx, parentId, "parentId", change.expectedVersion);
  if (parent.archivedAt) refuse("archived", "parentId");
  await refuseTakenName(ctx, parentId, change.name);
  const circle = await tx.circle.create({
    data: { organizationId, parentId, kind: change.circleKind, name: change.name, purpose: change.purpose, createdAt: now },
  });
  registerCreated(ctx, circle.id, change.ref);
  const settings = await tx.circleProcessSettings.create({ data: { organizationId, circleId: circle.id } });
  const coreRoles = await tx.role.createManyAndReturn({
    data: Object.values(CoreRole).map((coreRole) => ({
      organizationId, circleId: circle.id, coreRole, name: ctx.coreRoleNames[coreRole], createdAt: now,
    })),
  });
  await recordChanges(ctx, [
    { entity: "circle", entityId: circle.id, action: "created", circleId: circle.id, before: null, after: circle },
    { entity: "settings", entityId: settings.id, action: "created", circleId: circle.id, before: null, after: settings },
    ...coreRoles.map((role) => ({
      entity: "role" as const, entityId: role.id, action: "created" as const, circleId: circle.id, roleId: role.id, before: null, after: role,
    })),
  ]);
  await recordEvent(ctx, change.kind, { circleId: circle.id, subjectId: circle.id, data: { name: circle.name, parentId } });
}

export async function updateCircle(ctx: ApplyContext, change: ChangeOf<"circle.update">): Promise<void> {
  const circleId = resolveId(ctx, change.circleId, "circleId");
  const before = await touchCircle(ctx, circleId, "circleId", change.expectedVersion);
  if (before.archivedAt) refuse("archived", "circleId");
  if (change.circleKind !== undefined && before.kind === "general") refuse("general_circle", "circleKind");
  if (change.name !== undefined && before.parentId) await refuseTakenName(ctx, before.parentId, change.name, circleId);
  const after = await ctx.tx.circle.update({
    where: { organizationId_id: { organizationId: ctx.organizationId, id: circleId } },
    data: { name: change.name, purpose: change.purpose, kind: change.circleKind },
  });
  await recordChanges(ctx, [{ entity: "circle", entityId: circleId, action: "updated", circleId, before, after }]);
  await recordEvent(ctx, change.kind, { circleId, subjectId: circleId, data: { name: after.name } });
}

export async function moveCircle(ctx: ApplyContext, change: ChangeOf<"circle.move">): Promise<void> {
  const { tx, organizationId } = ctx;
  const circleId = resolveId(ctx, change.circleId, "circleId");
  const parentId = resolveId(ctx, change.parentId, "parentId");
  const before = await touchCircle(ctx, circleId, "circleId", change.expectedVersion);
  if (before.kind === "general") refuse("general_circle", "circleId");
  if (before.archivedAt) refuse("archived", "circleId");
  await findActiveCircle(ctx, parentId, "parentId");
  const tree = await tx.circle.findMany({ where: { organizationId }, select: { id: true, parentId: true } });
  if (wouldCreateCycle(new Map(tree.map((c) => [c.id, c.parentId])), circleId, parentId)) refuse("cycle", "parentId");
  await refuseTakenName(ctx, parentId, before.name, circleId);
  // Both parents change: the one losing the circle and the one receiving it.
  if (before.parentId) await bumpVersion(ctx, "circle", before.parentId);
  await bumpVersion(ctx, "circle", parentId);
  const after = await tx.circle.update({ where: { organizationId_id: { organizationId, id: circleId } }, data: { parentId } });
  await recordChanges(ctx, [{ entity: "circle", entityId: circleId, action: "moved", circleId, before, after }]);
  await recordEvent(ctx, change.kind, { circleId, subjectId: circleId, data: { name: after.name, from: before.parentId, to: parentId } });
}

export async function archiveCircle(ctx: ApplyContext, change: ChangeOf<"circle.archive">): Promise<void> {
  const { tx, organizationId, now } = ctx;
  const circleId = resolveId(ctx, change.circleId, "circleId");
  const before = await touchCircle(ctx, circleId, "circleId", change.expectedVersion);
  if (before.kind === "general") refuse("general_circle", "circleId");
  if (before.archivedAt) refuse("archived", "circleId");
  const activeChildren = await tx.circle.count({ where: { organizationId, parentId: circleId, archivedAt: null } });
  if (activeChildren > 0) refuse("has_active_children", "circleId");
  const roles = await tx.role.findMany({ where: { organizationId, circleId, archivedAt: null }, select: { id: true } });
  await archiveRoles(ctx, circleId, roles.map((role) => role.id));
  await removeCircleItems(ctx, circleId);
  if (before.parentId) await bumpVersion(ctx, "circle", before.parentId);
  const after = await tx.circle.update({ where: { organizationId_id: { organizationId, id: circleId } }, data: { archivedAt: now } });
  await recordChanges(ctx, [{ entity: "circle", entityId: circleId, action: "archived", circleId, before, after }]);
  await recordEvent(ctx, change.kind, { circleId, subjectId: circleId, data: { name: after.name } });
}
