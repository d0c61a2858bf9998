// Policies: the rules of a circle that grant or limit authority. Ordered by position in their
// circle; removing one archives it (the record keeps it).
import type { ChangeOf } from "../changes";
import type { ApplyContext } from "../context";
import { refuse, registerCreated, resolveId } from "../context";
import { recordChanges, recordEvent } from "../journal";
import { touchCircle } from "../load";

async function target(ctx: ApplyContext, policyIdOrRef: string, expectedVersion?: number) {
  const id = resolveId(ctx, policyIdOrRef, "policyId");
  const policy = await ctx.tx.policy.findFirst({ where: { id, organizationId: ctx.organizationId } });
  if (!policy) refuse("not_found", "policyId");
  await touchCircle(ctx, policy.circleId, "policyId", expectedVersion);
  if (policy.archivedAt) refuse("archived", "policyId");
  return policy;
}

export async function addPolicy(ctx: ApplyContext, change: ChangeOf<"policy.add">): Promise<void> {
  const { tx, organizationId, now } = ctx;
  const circleId = resolveId(ctx, change.circleId, "circleId");
  const circle = await touchCircle(ctx, circleId, "circleId", change.expectedVersion);
  if (circle.archivedAt) refuse("archived", "circleId");
  const position = await tx.policy.count({ where: { organizationId, circleId, archivedAt: null } });
  const policy = await tx.policy.create({ data: { organizationId, circleId, title: change.title, body: change.body, position, createdAt: now } });
  registerCreated(ctx, policy.id, change.ref);
  await recordChanges(ctx, [{ entity: "policy", entityId: policy.id, action: "created", circleId, before: null, after: policy }]);
  await recordEvent(ctx, change.kind, { circleId, subjectId: policy.id, data: { title: policy.title } });
}

export async function updatePolicy(ctx: ApplyContext, change: ChangeOf<"policy.update">): Promise<void> {
  const before = await target(ctx, change.policyId, change.expectedVersion);
  const after = await ctx.tx.policy.update({
    where: { organizationId_id: { organizationId: ctx.organizationId, id: before.id } },
    data: { title: change.title, body: change.body },
  });
  await recordChanges(ctx, [{ entity: "policy", entityId: before.id, action: "updated", circleId: before.circleId, before, after }]);
  await recordEvent(ctx, change.kind, { circleId: before.circleId, subjectId: before.id, data: { title: after.title } });
}

export async function removePolicy(ctx: ApplyContext, change: ChangeOf<"policy.remove">): Promise<void> {
  const before = await target(ctx, change.policyId, change.expectedVersion);
  const after = await ctx.tx.policy.update({
    where: { organizationId_id: { organizationId: ctx.organizationId, id: before.id } },
    data: { archivedAt: ctx.now },
  });
  await recordChanges(ctx, [{ entity: "policy", entityId: before.id, action: "removed", circleId: before.circleId, before, after }]);
  await recordEvent(ctx, change.kind, { circleId: before.circleId, subjectId: before.id, data: { title: before.title } });
}
