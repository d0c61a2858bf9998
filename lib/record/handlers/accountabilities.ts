// A role's accountabilities: an ordered list. Positions are rewritten 0..n-1 whenever the order
// changes, and every accountability whose position moved gets its own RecordChange, so that the
// record read at any date shows the order of that date.
import type { Accountability } from "@/lib/generated/prisma/client";
import type { ChangeOf } from "../changes";
import type { ApplyContext } from "../context";
import { refuse, registerCreated, resolveId } from "../context";
import { recordChanges, recordEvent } from "../journal";
import { touchRole } from "../load";
import { insertionPosition, isFullReordering } from "../rules";

async function activeList(ctx: ApplyContext, roleId: string): Promise<Accountability[]> {
  return ctx.tx.accountability.findMany({
    where: { organizationId: ctx.organizationId, roleId, archivedAt: null },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
}

/** Moves each accountability to its wanted position, recording those that actually moved. */
async function writePositions(ctx: ApplyContext, circleId: string, wanted: readonly { row: Accountability; position: number }[]) {
  for (const { row: before, position } of wanted) {
    if (before.position === position) continue;
    const after = await ctx.tx.accountability.update({
      where: { organizationId_id: { organizationId: ctx.organizationId, id: before.id } },
      data: { position },
    });
    await recordChanges(ctx, [{ entity: "accountability", entityId: before.id, action: "reordered", circleId, roleId: before.roleId, before, after }]);
  }
}

/** The accountability a change names, and its role (checked, version bumped, active). */
async function target(ctx: ApplyContext, accountabilityIdOrRef: string, expectedVersion?: number) {
  const id = resolveId(ctx, accountabilityIdOrRef, "accountabilityId");
  const accountability = await ctx.tx.accountability.findFirst({ where: { id, organizationId: ctx.organizationId } });
  if (!accountability) refuse("not_found", "accountabilityId");
  const role = await touchRole(ctx, accountability.roleId, "accountabilityId", expectedVersion);
  if (accountability.archivedAt || role.archivedAt) refuse("archived", "accountabilityId");
  return { accountability, role };
}

export async function addAccountability(ctx: ApplyContext, change: ChangeOf<"accountability.add">): Promise<void> {
  const { tx, organizationId, now } = ctx;
  const roleId = resolveId(ctx, change.roleId, "roleId");
  const role = await touchRole(ctx, roleId, "roleId", change.expectedVersion);
  if (role.archivedAt) refuse("archived", "roleId");
  const list = await activeList(ctx, roleId);
  const position = insertionPosition(list.length, change.position);
  // Make room: the new one takes `position`, those from there on shift down by one.
  await writePositions(ctx, role.circleId, list.map((row, index) => ({ row, position: index < position ? index : index + 1 })));
  const created = await tx.accountability.create({ data: { organizationId, roleId, description: change.description, position, createdAt: now } });
  registerCreated(ctx, created.id, change.ref);
  await recordChanges(ctx, [{ entity: "accountability", entityId: created.id, action: "created", circleId: role.circleId, roleId, before: null, after: created }]);
  await recordEvent(ctx, change.kind, { circleId: role.circleId, subjectId: created.id, data: { roleId, description: created.description } });
}

export async function updateAccountability(ctx: ApplyContext, change: ChangeOf<"accountability.update">): Promise<void> {
  const { accountability: before, role } = await target(ctx, change.accountabilityId, change.expectedVersion);
  const after = await ctx.tx.accountability.update({
    where: { organizationId_id: { organizationId: ctx.organizationId, id: before.id } },
    data: { description: change.description },
  });
  await recordChanges(ctx, [{ entity: "accountability", entityId: before.id, action: "updated", circleId: role.circleId, roleId: role.id, before, after }]);
  await recordEvent(ctx, change.kind, { circleId: role.circleId, subjectId: before.id, data: { roleId: role.id, description: after.description } });
}

export async function reorderAccountabilities(ctx: ApplyContext, change: ChangeOf<"accountability.reorder">): Promise<void> {
  const roleId = resolveId(ctx, change.roleId, "roleId");
  const role = await touchRole(ctx, roleId, "roleId", change.expectedVersion);
  if (role.archivedAt) refuse("archived", "roleId");
  const ids = change.accountabilityIds.map((id) => resolveId(ctx, id, "accountabilityIds"));
  const list = await activeList(ctx, roleId);
  if (!isFullReordering(list.map((row) => row.id), ids)) refuse("invalid_order", "accountabilityIds");
  const byId = new Map(list.map((row) => [row.id, row]));
  await writePositions(ctx, role.circleId, ids.map((id, position) => ({ row: byId.get(id)!, position })));
  await recordEvent(ctx, change.kind, { circleId: role.circleId, subjectId: roleId, data: { roleId } });
}

export async function removeAccountability(ctx: ApplyContext, change: ChangeOf<"accountability.remove">): Promise<void> {
  const { accountability: before, role } = await target(ctx, change.accountabilityId, change.expectedVersion);
  const after = await ctx.tx.accountability.update({
    where: { organizationId_id: { organizationId: ctx.organizationId, id: before.id } },
    data: { archivedAt: ctx.now },
  });
  await recordChanges(ctx, [{ entity: "accountability", entityId: before.id, action: "removed", circleId: role.circleId, roleId: role.id, before, after }]);
  await recordEvent(ctx, change.kind, { circleId: role.circleId, subjectId: before.id, data: { roleId: role.id, description: before.description } });
}
