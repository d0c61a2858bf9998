// Previewing changes to circles and roles on a copy of the record. The checks mirror the engine's
// (lib/record/handlers) closely enough to explain most refusals before adoption; the engine, run
// as a dry run (./dry-run.ts), stays the authority.
import type { ChangeOf } from "@/lib/record/changes";
import { wouldCreateCycle } from "@/lib/record/rules";
import {
  active, changedFields, circleName, nameTaken, newId, problem, record, resolve, type PreviewContext,
} from "./preview-context";

function siblingsOf(ctx: PreviewContext, parentId: string | null) {
  return ctx.record.circles.filter((circle) => circle.parentId === parentId);
}

export function createCircle(ctx: PreviewContext, change: ChangeOf<"circle.create">): void {
  const parent = active(ctx.record.circles, resolve(ctx, change.parentId, "parentId"), "parentId");
  if (nameTaken(siblingsOf(ctx, parent.id), change.name)) problem("name_taken", "name");
  const id = newId(ctx, change.ref);
  ctx.record.circles.push({ id, name: change.name, purpose: change.purpose, kind: change.circleKind, parentId: parent.id, archived: false });
  record(ctx, {
    entity: "circle", action: "added", label: change.name, where: parent.name,
    fields: [{ field: "purpose", before: "", after: change.purpose }, { field: "circleKind", before: "", after: change.circleKind }].filter((f) => f.after !== ""),
  });
}

export function updateCircle(ctx: PreviewContext, change: ChangeOf<"circle.update">): void {
  const circle = active(ctx.record.circles, resolve(ctx, change.circleId, "circleId"), "circleId");
  if (change.circleKind !== undefined && circle.kind === "general") problem("general_circle", "circleKind");
  if (change.name !== undefined && nameTaken(siblingsOf(ctx, circle.parentId), change.name, circle.id)) problem("name_taken", "name");
  const fields = changedFields(circle, { name: change.name, purpose: change.purpose, kind: change.circleKind });
  const label = circle.name;
  Object.assign(circle, { name: change.name ?? circle.name, purpose: change.purpose ?? circle.purpose, kind: change.circleKind ?? circle.kind });
  record(ctx, { entity: "circle", action: "changed", label, where: circleName(ctx, circle.parentId), fields });
}

export function moveCircle(ctx: PreviewContext, change: ChangeOf<"circle.move">): void {
  const circle = active(ctx.record.circles, resolve(ctx, change.circleId, "circleId"), "circleId");
  if (circle.kind === "general") problem("general_circle", "circleId");
  const parent = active(ctx.record.circles, resolve(ctx, change.parentId, "parentId"), "parentId");
  const parentOf = new Map(ctx.record.circles.map((row) => [row.id, row.parentId]));
  if (wouldCreateCycle(parentOf, circle.id, parent.id)) problem("cycle", "parentId");
  if (nameTaken(siblingsOf(ctx, parent.id), circle.name, circle.id)) problem("name_taken", "parentId");
  const before = circleName(ctx, circle.parentId);
  circle.parentId = parent.id;
  record(ctx, { entity: "circle", action: "moved", label: circle.name, where: parent.name, fields: [{ field: "parent", before, after: parent.name }] });
}

/** Archiving a role ends everything it holds, as the engine's cascade does. */
function archiveRoleContents(ctx: PreviewContext, roleId: string): void {
  for (const row of ctx.record.accountabilities) if (row.roleId === roleId) row.archived = true;
  for (const row of ctx.record.domains) if (row.roleId === roleId) row.archived = true;
  for (const row of ctx.record.assignments) if (row.roleId === roleId) row.archived = true;
}

export function archiveCircle(ctx: PreviewContext, change: ChangeOf<"circle.archive">): void {
  const circle = active(ctx.record.circles, resolve(ctx, change.circleId, "circleId"), "circleId");
  if (circle.kind === "general") problem("general_circle", "circleId");
  if (ctx.record.circles.some((child) => child.parentId === circle.id && !child.archived)) problem("has_active_children", "circleId");
  circle.archived = true;
  for (const role of ctx.record.roles.filter((row) => row.circleId === circle.id)) {
    role.archived = true;
    archiveRoleContents(ctx, role.id);
  }
  for (const row of ctx.record.domains) if (row.circleId === circle.id) row.archived = true;
  for (const row of ctx.record.policies) if (row.circleId === circle.id) row.archived = true;
  record(ctx, { entity: "circle", action: "removed", label: circle.name, where: circleName(ctx, circle.parentId), fields: [] });
}

function domainNameTaken(ctx: PreviewContext, circleId: string, names: readonly string[], exceptIds: readonly string[] = []): boolean {
  const held = ctx.record.domains.filter((row) => row.circleId === circleId && !exceptIds.includes(row.id)).map((row) => ({ ...row }));
  return names.some((name, index) => nameTaken(held, name) || names.slice(0, index).some((other) => other.trim().toLowerCase() === name.trim().toLowerCase()));
}

export function createRole(ctx: PreviewContext, change: ChangeOf<"role.create">): void {
  const circle = active(ctx.record.circles, resolve(ctx, change.circleId, "circleId"), "circleId");
  const siblings = ctx.record.roles.filter((role) => role.circleId === circle.id);
  if (nameTaken(siblings, change.name)) problem("name_taken", "name");
  if (domainNameTaken(ctx, circle.id, change.domains.map((domain) => domain.name))) problem("domain_taken", "domains");
  const id = newId(ctx, change.ref);
  ctx.record.roles.push({ id, circleId: circle.id, name: change.name, purpose: change.purpose, coreRole: null, archived: false });
  change.accountabilities.forEach((description, position) =>
    ctx.record.accountabilities.push({ id: `${id}:a${position}`, roleId: id, description, position, archived: false }),
  );
  change.domains.forEach((domain, position) =>
    ctx.record.domains.push({ id: `${id}:d${position}`, circleId: circle.id, roleId: id, ...domain, archived: false }),
  );
  const fields = [
    { field: "purpose", before: "", after: change.purpose },
    ...change.accountabilities.map((description) => ({ field: "accountability", before: "", after: description })),
    ...change.domains.map((domain) => ({ field: "domain", before: "", after: domain.name })),
  ].filter((field) => field.after !== "");
  record(ctx, { entity: "role", action: "added", label: change.name, where: circle.name, fields });
}

export function updateRole(ctx: PreviewContext, change: ChangeOf<"role.update">): void {
  const role = active(ctx.record.roles, resolve(ctx, change.roleId, "roleId"), "roleId");
  const siblings = ctx.record.roles.filter((row) => row.circleId === role.circleId);
  if (change.name !== undefined && nameTaken(siblings, change.name, role.id)) problem("name_taken", "name");
  const fields = changedFields(role, { name: change.name, purpose: change.purpose });
  const label = role.name;
  Object.assign(role, { name: change.name ?? role.name, purpose: change.purpose ?? role.purpose });
  record(ctx, { entity: "role", action: "changed", label, where: circleName(ctx, role.circleId), fields });
}

export function moveRole(ctx: PreviewContext, change: ChangeOf<"role.move">): void {
  const role = active(ctx.record.roles, resolve(ctx, change.roleId, "roleId"), "roleId");
  if (role.coreRole) problem("core_role", "roleId");
  const circle = active(ctx.record.circles, resolve(ctx, change.circleId, "circleId"), "circleId");
  if (nameTaken(ctx.record.roles.filter((row) => row.circleId === circle.id), role.name, role.id)) problem("name_taken", "circleId");
  const held = ctx.record.domains.filter((row) => row.roleId === role.id && !row.archived);
  if (domainNameTaken(ctx, circle.id, held.map((row) => row.name), held.map((row) => row.id))) problem("domain_taken", "circleId");
  const before = circleName(ctx, role.circleId);
  role.circleId = circle.id;
  for (const domain of held) domain.circleId = circle.id;
  record(ctx, { entity: "role", action: "moved", label: role.name, where: circle.name, fields: [{ field: "circle", before, after: circle.name }] });
}

export function archiveRole(ctx: PreviewContext, change: ChangeOf<"role.archive">): void {
  const role = active(ctx.record.roles, resolve(ctx, change.roleId, "roleId"), "roleId");
  if (role.coreRole) problem("core_role", "roleId");
  role.archived = true;
  archiveRoleContents(ctx, role.id);
  record(ctx, { entity: "role", action: "removed", label: role.name, where: circleName(ctx, role.circleId), fields: [] });
}
