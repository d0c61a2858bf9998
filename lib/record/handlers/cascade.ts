// What archiving a role or a circle carries with it: the role's assignments end (the people no
// longer fill it), and the record keeps a RecordChange for each row it touches.
import type { ApplyContext } from "../context";
import { recordChanges } from "../journal";

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

export async function endAssignments(ctx: ApplyContext, circleId: string, roleIds: readonly string[]): Promise<void> {
  const { tx, organizationId, now } = ctx;
  const where = { organizationId, roleId: { in: [...roleIds] }, endedAt: null };
  const before = byId(await tx.roleAssignment.findMany({ where }));
  const after = await tx.roleAssignment.updateManyAndReturn({ where: { organizationId, id: { in: [...before.keys()] } }, data: { endedAt: now } });
  await recordChanges(
    ctx,
    after.map((assignment) => ({
      entity: "assignment" as const, entityId: assignment.id, action: "removed" as const, circleId, roleId: assignment.roleId,
      before: before.get(assignment.id) ?? null, after: assignment,
    })),
  );
}

/** Archives roles (any kind, core roles included: only the end of their circle may do this). */
export async function archiveRoles(ctx: ApplyContext, circleId: string, roleIds: readonly string[]): Promise<void> {
  const { tx, organizationId, now } = ctx;
  if (roleIds.length === 0) return;
  await endAssignments(ctx, circleId, roleIds);
  const before = byId(await tx.role.findMany({ where: { organizationId, id: { in: [...roleIds] }, archivedAt: null } }));
  const after = await tx.role.updateManyAndReturn({
    where: { organizationId, id: { in: [...before.keys()] } },
    data: { archivedAt: now, version: { increment: 1 } },
  });
  await recordChanges(
    ctx,
    after.map((role) => ({
      entity: "role" as const, entityId: role.id, action: "archived" as const, circleId, roleId: role.id,
      before: before.get(role.id) ?? null, after: role,
    })),
  );
}

/** Archives rows of a circle's domains or policies ("removed" from the record, kept in history). */
export async function removeCircleItems(ctx: ApplyContext, circleId: string): Promise<void> {
  const { tx, organizationId, now } = ctx;
  const where = { organizationId, circleId, archivedAt: null };
  const domains = byId(await tx.domain.findMany({ where }));
  const policies = byId(await tx.policy.findMany({ where }));
  const archivedDomains = await tx.domain.updateManyAndReturn({ where, data: { archivedAt: now } });
  const archivedPolicies = await tx.policy.updateManyAndReturn({ where, data: { archivedAt: now } });
  await recordChanges(ctx, [
    ...archivedDomains.map((domain) => ({
      entity: "domain" as const, entityId: domain.id, action: "removed" as const, circleId, roleId: domain.roleId,
      before: domains.get(domain.id) ?? null, after: domain,
    })),
    ...archivedPolicies.map((policy) => ({
      entity: "policy" as const, entityId: policy.id, action: "removed" as const, circleId,
      before: policies.get(policy.id) ?? null, after: policy,
    })),
  ]);
}
