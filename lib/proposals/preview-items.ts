// Previewing changes to what roles and circles hold: accountabilities, domains, policies and
// assignments, on a copy of the record (see preview-structure.ts for circles and roles).
import type { ChangeOf } from "@/lib/record/changes";
import { isFullReordering } from "@/lib/record/rules";
import {
  active, changedFields, circleName, nameTaken, newId, problem, record, resolve, roleName, type PreviewContext,
} from "./preview-context";

function accountabilitiesOf(ctx: PreviewContext, roleId: string) {
  return ctx.record.accountabilities.filter((row) => row.roleId === roleId && !row.archived).sort((a, b) => a.position - b.position);
}

export function addAccountability(ctx: PreviewContext, change: ChangeOf<"accountability.add">): void {
  const role = active(ctx.record.roles, resolve(ctx, change.roleId, "roleId"), "roleId");
  const list = accountabilitiesOf(ctx, role.id);
  const position = Math.min(change.position ?? list.length, list.length);
  for (const row of list) if (row.position >= position) row.position += 1;
  ctx.record.accountabilities.push({ id: newId(ctx, change.ref), roleId: role.id, description: change.description, position, archived: false });
  record(ctx, { entity: "accountability", action: "added", label: change.description, where: role.name, fields: [] });
}

export function updateAccountability(ctx: PreviewContext, change: ChangeOf<"accountability.update">): void {
  const row = active(ctx.record.accountabilities, resolve(ctx, change.accountabilityId, "accountabilityId"), "accountabilityId");
  const fields = changedFields(row, { description: change.description });
  const label = row.description;
  row.description = change.description;
  record(ctx, { entity: "accountability", action: "changed", label, where: roleName(ctx, row.roleId), fields });
}

export function reorderAccountabilities(ctx: PreviewContext, change: ChangeOf<"accountability.reorder">): void {
  const role = active(ctx.record.roles, resolve(ctx, change.roleId, "roleId"), "roleId");
  const list = accountabilitiesOf(ctx, role.id);
  const ids = change.accountabilityIds.map((id) => resolve(ctx, id, "accountabilityIds"));
  if (!isFullReordering(list.map((row) => row.id), ids)) problem("invalid_order", "accountabilityIds");
  const before = list.map((row) => row.description).join(" · ");
  ids.forEach((id, position) => {
    const row = list.find((candidate) => candidate.id === id);
    if (row) row.position = position;
  });
  const after = accountabilitiesOf(ctx, role.id).map((row) => row.description).join(" · ");
  record(ctx, { entity: "accountability", action: "reordered", label: role.name, where: circleName(ctx, role.circleId), fields: [{ field: "order", before, after }] });
}

export function removeAccountability(ctx: PreviewContext, change: ChangeOf<"accountability.remove">): void {
  const row = active(ctx.record.accountabilities, resolve(ctx, change.accountabilityId, "accountabilityId"), "accountabilityId");
  row.archived = true;
  record(ctx, { entity: "accountability", action: "removed", label: row.description, where: roleName(ctx, row.roleId), fields: [] });
}

function holder(ctx: PreviewContext, circleId: string, roleValue: string | null | undefined, field: string): string | null {
  if (roleValue === undefined || roleValue === null) return null;
  const role = active(ctx.record.roles, resolve(ctx, roleValue, field), field);
  if (role.circleId !== circleId) problem("role_not_in_circle", field);
  return role.id;
}

export function addDomain(ctx: PreviewContext, change: ChangeOf<"domain.add">): void {
  const circle = active(ctx.record.circles, resolve(ctx, change.circleId, "circleId"), "circleId");
  const roleId = holder(ctx, circle.id, change.roleId, "roleId");
  if (nameTaken(ctx.record.domains.filter((row) => row.circleId === circle.id), change.name)) problem("domain_taken", "name");
  ctx.record.domains.push({ id: newId(ctx, change.ref), circleId: circle.id, roleId, name: change.name, description: change.description, archived: false });
  const fields = [{ field: "holder", before: "", after: roleId ? roleName(ctx, roleId) : circle.name }];
  record(ctx, { entity: "domain", action: "added", label: change.name, where: circle.name, fields });
}

export function updateDomain(ctx: PreviewContext, change: ChangeOf<"domain.update">): void {
  const row = active(ctx.record.domains, resolve(ctx, change.domainId, "domainId"), "domainId");
  const roleId = change.roleId === undefined ? row.roleId : holder(ctx, row.circleId, change.roleId, "roleId");
  const siblings = ctx.record.domains.filter((other) => other.circleId === row.circleId);
  if (change.name !== undefined && nameTaken(siblings, change.name, row.id)) problem("domain_taken", "name");
  const holderName = (id: string | null) => (id ? roleName(ctx, id) : circleName(ctx, row.circleId));
  const fields = changedFields(
    { name: row.name, description: row.description, holder: holderName(row.roleId) },
    { name: change.name, description: change.description, holder: change.roleId === undefined ? undefined : holderName(roleId) },
  );
  const label = row.name;
  Object.assign(row, { name: change.name ?? row.name, description: change.description ?? row.description, roleId });
  record(ctx, { entity: "domain", action: "changed", label, where: circleName(ctx, row.circleId), fields });
}

export function removeDomain(ctx: PreviewContext, change: ChangeOf<"domain.remove">): void {
  const row = active(ctx.record.domains, resolve(ctx, change.domainId, "domainId"), "domainId");
  row.archived = true;
  record(ctx, { entity: "domain", action: "removed", label: row.name, where: circleName(ctx, row.circleId), fields: [] });
}

export function addPolicy(ctx: PreviewContext, change: ChangeOf<"policy.add">): void {
  const circle = active(ctx.record.circles, resolve(ctx, change.circleId, "circleId"), "circleId");
  ctx.record.policies.push({ id: newId(ctx, change.ref), circleId: circle.id, title: change.title, body: change.body, archived: false });
  const fields = change.body === "" ? [] : [{ field: "body", before: "", after: change.body }];
  record(ctx, { entity: "policy", action: "added", label: change.title, where: circle.name, fields });
}

export function updatePolicy(ctx: PreviewContext, change: ChangeOf<"policy.update">): void {
  const row = active(ctx.record.policies, resolve(ctx, change.policyId, "policyId"), "policyId");
  const fields = changedFields(row, { title: change.title, body: change.body });
  const label = row.title;
  Object.assign(row, { title: change.title ?? row.title, body: change.body ?? row.body });
  record(ctx, { entity: "policy", action: "changed", label, where: circleName(ctx, row.circleId), fields });
}

export function removePolicy(ctx: PreviewContext, change: ChangeOf<"policy.remove">): void {
  const row = active(ctx.record.policies, resolve(ctx, change.policyId, "policyId"), "policyId");
  row.archived = true;
  record(ctx, { entity: "policy", action: "removed", label: row.title, where: circleName(ctx, row.circleId), fields: [] });
}

function memberName(ctx: PreviewContext, membershipId: string): string {
  return ctx.record.members.find((member) => member.id === membershipId)?.name ?? "";
}

export function addAssignment(ctx: PreviewContext, change: ChangeOf<"assignment.add">): void {
  const role = active(ctx.record.roles, resolve(ctx, change.roleId, "roleId"), "roleId");
  const member = ctx.record.members.find((row) => row.id === change.membershipId) ?? problem("not_found", "membershipId");
  if (!member.active) problem("member_inactive", "membershipId");
  if (ctx.record.assignments.some((row) => row.roleId === role.id && row.membershipId === member.id && !row.archived)) problem("already_assigned", "membershipId");
  if (change.termEndsOn && change.termEndsOn < ctx.today) problem("term_in_past", "termEndsOn");
  const focus = change.focus ?? null;
  const termEndsOn = change.termEndsOn ?? null;
  ctx.record.assignments.push({ id: newId(ctx, change.ref), roleId: role.id, membershipId: member.id, focus, termEndsOn, archived: false });
  const fields = [{ field: "focus", before: "", after: focus ?? "" }, { field: "termEndsOn", before: "", after: termEndsOn ?? "" }].filter((f) => f.after !== "");
  record(ctx, { entity: "assignment", action: "added", label: member.name, where: role.name, fields });
}

export function updateAssignment(ctx: PreviewContext, change: ChangeOf<"assignment.update">): void {
  const row = active(ctx.record.assignments, resolve(ctx, change.assignmentId, "assignmentId"), "assignmentId");
  if (change.termEndsOn && change.termEndsOn < ctx.today) problem("term_in_past", "termEndsOn");
  const fields = changedFields(row, { focus: change.focus, termEndsOn: change.termEndsOn });
  if (change.focus !== undefined) row.focus = change.focus;
  if (change.termEndsOn !== undefined) row.termEndsOn = change.termEndsOn;
  record(ctx, { entity: "assignment", action: "changed", label: memberName(ctx, row.membershipId), where: roleName(ctx, row.roleId), fields });
}

export function removeAssignment(ctx: PreviewContext, change: ChangeOf<"assignment.remove">): void {
  const row = active(ctx.record.assignments, resolve(ctx, change.assignmentId, "assignmentId"), "assignmentId");
  row.archived = true;
  record(ctx, { entity: "assignment", action: "removed", label: memberName(ctx, row.membershipId), where: roleName(ctx, row.roleId), fields: [] });
}
