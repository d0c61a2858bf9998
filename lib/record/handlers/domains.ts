// Domains: what a role (or, with no role, the circle itself) controls exclusively. A domain name
// is held once in a circle: giving it to another role moves it, it is never shared.
import type { ChangeOf } from "../changes";
import type { ApplyContext } from "../context";
import { refuse, registerCreated, resolveId } from "../context";
import { recordChanges, recordEvent } from "../journal";
import { bumpVersion, findActiveRole, touchCircle } from "../load";
import { refuseTakenDomains } from "./roles";

/** The role that will hold a domain of `circleId`: active, in that circle. Null: the circle. */
async function holder(ctx: ApplyContext, circleId: string, roleIdOrRef: string | null): Promise<string | null> {
  if (roleIdOrRef === null) return null;
  const role = await findActiveRole(ctx, resolveId(ctx, roleIdOrRef, "roleId"), "roleId");
  if (role.circleId !== circleId) refuse("role_not_in_circle", "roleId");
  await bumpVersion(ctx, "role", role.id);
  return role.id;
}

async function target(ctx: ApplyContext, domainIdOrRef: string, expectedVersion?: number) {
  const id = resolveId(ctx, domainIdOrRef, "domainId");
  const domain = await ctx.tx.domain.findFirst({ where: { id, organizationId: ctx.organizationId } });
  if (!domain) refuse("not_found", "domainId");
  await touchCircle(ctx, domain.circleId, "domainId", expectedVersion);
  if (domain.archivedAt) refuse("archived", "domainId");
  return domain;
}

export async function addDomain(ctx: ApplyContext, change: ChangeOf<"domain.add">): Promise<void> {
  const { tx, organizationId, now } = ctx;
  const circleId = resolveId(ctx, change.circleId, "circleId");
  const circle = await touchCircle(ctx, circleId, "circleId", change.expectedVersion);
  if (circle.archivedAt) refuse("archived", "circleId");
  const roleId = await holder(ctx, circleId, change.roleId ?? null);
  await refuseTakenDomains(ctx, circleId, [change.name], { field: "name" });
  const position = await tx.domain.count({ where: { organizationId, circleId, archivedAt: null } });
  const domain = await tx.domain.create({
    data: { organizationId, circleId, roleId, name: change.name, description: change.description, position, createdAt: now },
  });
  registerCreated(ctx, domain.id, change.ref);
  await recordChanges(ctx, [{ entity: "domain", entityId: domain.id, action: "created", circleId, roleId, before: null, after: domain }]);
  await recordEvent(ctx, change.kind, { circleId, subjectId: domain.id, data: { name: domain.name, roleId } });
}

export async function updateDomain(ctx: ApplyContext, change: ChangeOf<"domain.update">): Promise<void> {
  const before = await target(ctx, change.domainId, change.expectedVersion);
  const circleId = before.circleId;
  if (change.name !== undefined) await refuseTakenDomains(ctx, circleId, [change.name], { exceptIds: [before.id], field: "name" });
  let roleId = before.roleId;
  if (change.roleId !== undefined) {
    roleId = await holder(ctx, circleId, change.roleId);
    if (before.roleId && before.roleId !== roleId) await bumpVersion(ctx, "role", before.roleId);
  } else if (before.roleId) {
    await bumpVersion(ctx, "role", before.roleId);
  }
  const after = await ctx.tx.domain.update({
    where: { organizationId_id: { organizationId: ctx.organizationId, id: before.id } },
    data: { name: change.name, description: change.description, roleId },
  });
  const action = roleId !== before.roleId ? "moved" : "updated";
  await recordChanges(ctx, [{ entity: "domain", entityId: before.id, action, circleId, roleId, before, after }]);
  await recordEvent(ctx, change.kind, { circleId, subjectId: before.id, data: { name: after.name, roleId, previousRoleId: before.roleId } });
}

export async function removeDomain(ctx: ApplyContext, change: ChangeOf<"domain.remove">): Promise<void> {
  const before = await target(ctx, change.domainId, change.expectedVersion);
  if (before.roleId) await bumpVersion(ctx, "role", before.roleId);
  const after = await ctx.tx.domain.update({
    where: { organizationId_id: { organizationId: ctx.organizationId, id: before.id } },
    data: { archivedAt: ctx.now },
  });
  await recordChanges(ctx, [{ entity: "domain", entityId: before.id, action: "removed", circleId: before.circleId, roleId: before.roleId, before, after }]);
  await recordEvent(ctx, change.kind, { circleId: before.circleId, subjectId: before.id, data: { name: before.name } });
}
