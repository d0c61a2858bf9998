// Assignments: a member filling a role, with an optional focus and term. Only an active member of
// the organisation fills an active role, once at a time; ending an assignment keeps its history.
import type { ChangeOf } from "../changes";
import type { ApplyContext } from "../context";
import { refuse, registerCreated, resolveId } from "../context";
import { recordChanges, recordEvent } from "../journal";
import { touchRole } from "../load";
import { isTermInPast } from "../rules";

/** A term end date as stored (`@db.Date`): midnight UTC of that day. Null clears it. */
function termDate(ctx: ApplyContext, termEndsOn: string | null | undefined): Date | null | undefined {
  if (termEndsOn === undefined || termEndsOn === null) return termEndsOn;
  if (isTermInPast(termEndsOn, ctx.now)) refuse("term_in_past", "termEndsOn");
  return new Date(`${termEndsOn}T00:00:00.000Z`);
}

/** An empty focus means no focus. */
function focusValue(focus: string | null | undefined): string | null | undefined {
  return focus === "" ? null : focus;
}

async function target(ctx: ApplyContext, assignmentIdOrRef: string, expectedVersion?: number) {
  const id = resolveId(ctx, assignmentIdOrRef, "assignmentId");
  const assignment = await ctx.tx.roleAssignment.findFirst({ where: { id, organizationId: ctx.organizationId } });
  if (!assignment) refuse("not_found", "assignmentId");
  const role = await touchRole(ctx, assignment.roleId, "assignmentId", expectedVersion);
  if (assignment.endedAt) refuse("archived", "assignmentId");
  return { assignment, role };
}

export async function addAssignment(ctx: ApplyContext, change: ChangeOf<"assignment.add">): Promise<void> {
  const { tx, organizationId, now } = ctx;
  const roleId = resolveId(ctx, change.roleId, "roleId");
  const role = await touchRole(ctx, roleId, "roleId", change.expectedVersion);
  if (role.archivedAt) refuse("archived", "roleId");
  const membership = await tx.membership.findFirst({ where: { id: change.membershipId, organizationId }, select: { removedAt: true } });
  if (!membership) refuse("not_found", "membershipId");
  if (membership.removedAt) refuse("member_inactive", "membershipId");
  const termEndsOn = termDate(ctx, change.termEndsOn) ?? null;
  const current = await tx.roleAssignment.count({ where: { organizationId, roleId, membershipId: change.membershipId, endedAt: null } });
  if (current > 0) refuse("already_assigned", "membershipId");
  const assignment = await tx.roleAssignment.create({
    data: { organizationId, roleId, membershipId: change.membershipId, focus: focusValue(change.focus) ?? null, termEndsOn, startedAt: now },
  });
  registerCreated(ctx, assignment.id, change.ref);
  await recordChanges(ctx, [{ entity: "assignment", entityId: assignment.id, action: "created", circleId: role.circleId, roleId, before: null, after: assignment }]);
  await recordEvent(ctx, change.kind, { circleId: role.circleId, subjectId: assignment.id, data: { roleId, membershipId: change.membershipId } });
}

export async function updateAssignment(ctx: ApplyContext, change: ChangeOf<"assignment.update">): Promise<void> {
  const { assignment: before, role } = await target(ctx, change.assignmentId, change.expectedVersion);
  const after = await ctx.tx.roleAssignment.update({
    where: { organizationId_id: { organizationId: ctx.organizationId, id: before.id } },
    data: { focus: focusValue(change.focus), termEndsOn: termDate(ctx, change.termEndsOn) },
  });
  await recordChanges(ctx, [{ entity: "assignment", entityId: before.id, action: "updated", circleId: role.circleId, roleId: role.id, before, after }]);
  await recordEvent(ctx, change.kind, { circleId: role.circleId, subjectId: before.id, data: { roleId: role.id, membershipId: before.membershipId } });
}

/** Ends an assignment now. */
export async function removeAssignment(ctx: ApplyContext, change: ChangeOf<"assignment.remove">): Promise<void> {
  const { assignment: before, role } = await target(ctx, change.assignmentId, change.expectedVersion);
  const after = await ctx.tx.roleAssignment.update({
    where: { organizationId_id: { organizationId: ctx.organizationId, id: before.id } },
    data: { endedAt: ctx.now },
  });
  await recordChanges(ctx, [{ entity: "assignment", entityId: before.id, action: "removed", circleId: role.circleId, roleId: role.id, before, after }]);
  await recordEvent(ctx, change.kind, { circleId: role.circleId, subjectId: before.id, data: { roleId: role.id, membershipId: before.membershipId } });
}
