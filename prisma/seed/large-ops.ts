// The changes of the large organisation's history, played in memory the way lib/record/handlers
// apply them: the same rows touched, the same versions bumped, the same RecordChange and Event
// rows written. Ids are chosen by the planner so that later changes can name what earlier ones made.
import type { CircleRow, RoleRow, SetContext, SettingsRow } from "./large-record.ts";
import { RecordStore } from "./large-record.ts";

export const CORE_ROLES = ["lead_link", "rep_link", "facilitator", "secretary"] as const;
export type CoreRoleKind = (typeof CORE_ROLES)[number];

export type NewCircle = { id: string; parentId: string | null; kind: string; name: string; purpose: string; settingsId: string; settings: Partial<SettingsRow>; coreRoleIds: Record<CoreRoleKind, string> };
export type NewRole = { id: string; circleId: string; name: string; purpose: string; accountabilities: { id: string; description: string }[]; domains: { id: string; name: string; description: string }[] };

const DEFAULT_SETTINGS = {
  preset: "holacracy", abstentionAllowed: false, absenteePolicy: "silence_is_consent", quorumPercent: null,
  defaultDeadlineHours: 168, reviewPeriodDays: 180, objectionTester: "facilitator",
};

/** circle.create (or, for the general circle, the organisation's creation): circle, settings, four core roles. */
export function createCircle(s: RecordStore, ctx: SetContext, c: NewCircle, coreNames: Record<CoreRoleKind, string>): void {
  const organizationId = s.organizationId;
  if (c.parentId) s.touch(s.get(s.circles, c.parentId), ctx.at);
  const circle: CircleRow = { id: c.id, organizationId, parentId: c.parentId, kind: c.kind, name: c.name, purpose: c.purpose, version: 1, archivedAt: null, createdAt: ctx.at, updatedAt: ctx.at };
  s.circles.set(circle.id, circle);
  const settings: SettingsRow = { id: c.settingsId, organizationId, circleId: c.id, ...DEFAULT_SETTINGS, ...c.settings, updatedAt: ctx.at };
  s.settings.push(settings);
  s.change(ctx, "circle", circle.id, "created", { circleId: circle.id }, null, circle);
  s.change(ctx, "settings", settings.id, "created", { circleId: circle.id }, null, settings);
  for (const coreRole of CORE_ROLES) {
    const role: RoleRow = { id: c.coreRoleIds[coreRole], organizationId, circleId: c.id, name: coreNames[coreRole], purpose: "", coreRole, version: 1, archivedAt: null, createdAt: ctx.at, updatedAt: ctx.at };
    s.roles.set(role.id, role);
    s.change(ctx, "role", role.id, "created", { circleId: c.id, roleId: role.id }, null, role);
  }
  if (c.parentId) s.event(ctx, "circle.create", c.id, c.id, { name: c.name, parentId: c.parentId });
}

export function createRole(s: RecordStore, ctx: SetContext, r: NewRole): void {
  const organizationId = s.organizationId;
  s.touch(s.get(s.circles, r.circleId), ctx.at);
  const role: RoleRow = { id: r.id, organizationId, circleId: r.circleId, name: r.name, purpose: r.purpose, coreRole: null, version: 1, archivedAt: null, createdAt: ctx.at, updatedAt: ctx.at };
  s.roles.set(role.id, role);
  s.change(ctx, "role", role.id, "created", { circleId: r.circleId, roleId: role.id }, null, role);
  r.accountabilities.forEach(({ id, description }, position) => {
    const row = { id, organizationId, roleId: role.id, description, position, archivedAt: null, createdAt: ctx.at, updatedAt: ctx.at };
    s.accountabilities.set(id, row);
    s.owned(role.id).accountabilities.push(row);
    s.change(ctx, "accountability", id, "created", { circleId: r.circleId, roleId: role.id }, null, row);
  });
  r.domains.forEach(({ id, name, description }, position) => {
    const row = { id, organizationId, circleId: r.circleId, roleId: role.id, name, description, position, archivedAt: null, createdAt: ctx.at, updatedAt: ctx.at };
    s.domains.set(id, row);
    s.owned(role.id).domains.push(row);
    s.owned(r.circleId).domains.push(row);
    s.change(ctx, "domain", id, "created", { circleId: r.circleId, roleId: role.id }, null, row);
  });
  s.event(ctx, "role.create", r.circleId, role.id, { name: role.name });
}

function activeRole(s: RecordStore, roleId: string): RoleRow {
  const role = s.get(s.roles, roleId);
  if (role.archivedAt) throw new Error(`large seed: change planned on archived role ${role.name}`);
  return role;
}

export function updateRole(s: RecordStore, ctx: SetContext, roleId: string, data: { name?: string; purpose?: string }): void {
  const role = activeRole(s, roleId);
  const before = s.touch(role, ctx.at);
  Object.assign(role, data);
  s.change(ctx, "role", roleId, "updated", { circleId: role.circleId, roleId }, before, role);
  s.event(ctx, "role.update", role.circleId, roleId, { name: role.name });
}

export function updateCircle(s: RecordStore, ctx: SetContext, circleId: string, data: { name?: string; purpose?: string }): void {
  const circle = s.get(s.circles, circleId);
  const before = s.touch(circle, ctx.at);
  Object.assign(circle, data);
  s.change(ctx, "circle", circleId, "updated", { circleId }, before, circle);
  s.event(ctx, "circle.update", circleId, circleId, { name: circle.name });
}

/** accountability.add at the end of the list (the planner never inserts in the middle). */
export function addAccountability(s: RecordStore, ctx: SetContext, roleId: string, id: string, description: string): void {
  const role = activeRole(s, roleId);
  s.touch(role, ctx.at);
  const list = s.owned(roleId).accountabilities;
  const position = list.filter((row) => !row.archivedAt).length;
  const row = { id, organizationId: s.organizationId, roleId, description, position, archivedAt: null, createdAt: ctx.at, updatedAt: ctx.at };
  s.accountabilities.set(id, row);
  list.push(row);
  s.change(ctx, "accountability", id, "created", { circleId: role.circleId, roleId }, null, row);
  s.event(ctx, "accountability.add", role.circleId, id, { roleId, description });
}

export function updateAccountability(s: RecordStore, ctx: SetContext, id: string, description: string): void {
  const row = s.get(s.accountabilities, id);
  const role = activeRole(s, row.roleId);
  s.touch(role, ctx.at);
  const before = { ...row };
  Object.assign(row, { description, updatedAt: ctx.at });
  s.change(ctx, "accountability", id, "updated", { circleId: role.circleId, roleId: role.id }, before, row);
  s.event(ctx, "accountability.update", role.circleId, id, { roleId: role.id, description });
}

/** domain.add held by the circle itself, or policy.add: both at the end of the circle's list. */
export function addCircleItem(s: RecordStore, ctx: SetContext, kind: "domain" | "policy", circleId: string, id: string, title: string, text: string): void {
  s.touch(s.get(s.circles, circleId), ctx.at);
  const lists = s.owned(circleId);
  const common = { id, organizationId: s.organizationId, circleId, archivedAt: null, createdAt: ctx.at, updatedAt: ctx.at };
  if (kind === "domain") {
    const row = { ...common, roleId: null, name: title, description: text, position: lists.domains.filter((d) => !d.archivedAt).length };
    s.domains.set(id, row);
    lists.domains.push(row);
    s.change(ctx, "domain", id, "created", { circleId }, null, row);
    s.event(ctx, "domain.add", circleId, id, { name: title, roleId: null });
    return;
  }
  const row = { ...common, title, body: text, position: lists.policies.filter((p) => !p.archivedAt).length };
  s.policies.set(id, row);
  lists.policies.push(row);
  s.change(ctx, "policy", id, "created", { circleId }, null, row);
  s.event(ctx, "policy.add", circleId, id, { title });
}

export function addAssignment(s: RecordStore, ctx: SetContext, a: { id: string; roleId: string; membershipId: string; focus: string | null; termEndsOn: Date | null }): void {
  const role = activeRole(s, a.roleId);
  s.touch(role, ctx.at);
  const list = s.owned(a.roleId).assignments;
  if (list.some((row) => row.membershipId === a.membershipId && !row.endedAt)) throw new Error("large seed: member assigned twice");
  const row = { ...a, organizationId: s.organizationId, startedAt: ctx.at, endedAt: null };
  s.assignments.set(a.id, row);
  list.push(row);
  s.change(ctx, "assignment", a.id, "created", { circleId: role.circleId, roleId: role.id }, null, row);
  s.event(ctx, "assignment.add", role.circleId, a.id, { roleId: role.id, membershipId: a.membershipId });
}

export function updateAssignment(s: RecordStore, ctx: SetContext, id: string, data: { focus?: string | null; termEndsOn?: Date | null }): void {
  const row = s.get(s.assignments, id);
  const role = activeRole(s, row.roleId);
  if (row.endedAt) throw new Error("large seed: change planned on an ended assignment");
  s.touch(role, ctx.at);
  const before = { ...row };
  Object.assign(row, data);
  s.change(ctx, "assignment", id, "updated", { circleId: role.circleId, roleId: role.id }, before, row);
  s.event(ctx, "assignment.update", role.circleId, id, { roleId: role.id, membershipId: row.membershipId });
}

export function removeAssignment(s: RecordStore, ctx: SetContext, id: string): void {
  const row = s.get(s.assignments, id);
  const role = activeRole(s, row.roleId);
  if (row.endedAt) throw new Error("large seed: assignment ended twice");
  s.touch(role, ctx.at);
  const before = { ...row };
  row.endedAt = ctx.at;
  s.change(ctx, "assignment", id, "removed", { circleId: role.circleId, roleId: role.id }, before, row);
  s.event(ctx, "assignment.remove", role.circleId, id, { roleId: role.id, membershipId: row.membershipId });
}

/** role.archive: held domains go back to the circle, assignments end, the role is archived. */
export function archiveRole(s: RecordStore, ctx: SetContext, roleId: string): void {
  const role = activeRole(s, roleId);
  s.touch(s.get(s.circles, role.circleId), ctx.at);
  const links = { circleId: role.circleId, roleId };
  for (const domain of s.owned(roleId).domains) {
    if (domain.roleId !== roleId || domain.archivedAt) continue;
    const before = { ...domain };
    Object.assign(domain, { roleId: null, updatedAt: ctx.at });
    s.change(ctx, "domain", domain.id, "updated", links, before, domain);
  }
  for (const assignment of s.owned(roleId).assignments) {
    if (assignment.endedAt) continue;
    const before = { ...assignment };
    assignment.endedAt = ctx.at;
    s.change(ctx, "assignment", assignment.id, "removed", links, before, assignment);
  }
  const before = { ...role };
  Object.assign(role, { archivedAt: ctx.at, version: role.version + 1, updatedAt: ctx.at });
  s.change(ctx, "role", roleId, "archived", links, before, role);
  s.event(ctx, "role.archive", role.circleId, roleId, { name: role.name });
}
