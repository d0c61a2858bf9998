// Governance record data for end-to-end tests, written as lib/record/apply.ts writes it (which
// e2e cannot import: it is server-only): each entity row, its RecordChange row (full snapshot,
// marked as a direct edit of `actor`) and its journal Event, in one transaction. Reusable by any
// spec: build a small record with createCircle / createRole / assignRole / addDomain / addPolicy,
// then change it with updateRole, and the pages' history and journal show it.
import { randomUUID } from "node:crypto";
import type { CircleKind, CoreRole, RecordAction, RecordEntity } from "../../lib/generated/prisma/enums.ts";
import type { Prisma } from "../../lib/generated/prisma/client.ts";
import { testDb, type TestOrganization, type TestUser } from "./db.ts";

type Tx = Parameters<Parameters<ReturnType<typeof testDb>["$transaction"]>[0]>[0];
type Row = Record<string, unknown>;

const CORE_ROLES: [CoreRole, string][] = [["lead_link", "Premier lien"], ["rep_link", "Second lien"], ["facilitator", "Facilitation"], ["secretary", "Secrétariat"]];

/** A row as the engine snapshots it: instants in ISO 8601, term ends as YYYY-MM-DD. */
function snapshot(row: Row): Prisma.InputJsonObject {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, value instanceof Date ? (key === "termEndsOn" ? value.toISOString().slice(0, 10) : value.toISOString()) : value]),
  ) as Prisma.InputJsonObject;
}

type Trace = { entity: RecordEntity; action: RecordAction; id: string; circleId: string; roleId?: string | null; before?: Row | null; after: Row };

async function trace(tx: Tx, org: TestOrganization, actor: TestUser, rows: Trace[], event: { kind: string; circleId: string; subjectId: string; data: Row }) {
  const occurredAt = new Date();
  await tx.recordChange.createMany({
    data: rows.map((row) => ({
      organizationId: org.id, entity: row.entity, entityId: row.id, action: row.action, circleId: row.circleId, roleId: row.roleId ?? null,
      before: row.before ? snapshot(row.before) : undefined, after: snapshot(row.after), actorId: actor.id, isDirectEdit: true, occurredAt,
    })),
  });
  await tx.event.create({
    data: { organizationId: org.id, actorId: actor.id, kind: event.kind, circleId: event.circleId, subjectId: event.subjectId, data: { decisionId: null, isDirectEdit: true, ...event.data }, occurredAt },
  });
}

export async function createCircle(org: TestOrganization, actor: TestUser, input: { name: string; kind?: CircleKind; parentId?: string; purpose?: string }) {
  return testDb().$transaction(async (tx) => {
    const organizationId = org.id;
    const parentId = input.parentId ?? org.generalCircleId;
    const circle = await tx.circle.create({ data: { organizationId, parentId, kind: input.kind ?? "pole", name: input.name, purpose: input.purpose ?? "" } });
    await tx.circleProcessSettings.create({ data: { organizationId, circleId: circle.id } });
    const core = await tx.role.createManyAndReturn({ data: CORE_ROLES.map(([coreRole, name]) => ({ organizationId, circleId: circle.id, coreRole, name })) });
    await trace(tx, org, actor, [
      { entity: "circle", action: "created", id: circle.id, circleId: circle.id, after: circle },
      ...core.map((role): Trace => ({ entity: "role", action: "created", id: role.id, circleId: circle.id, roleId: role.id, after: role })),
    ], { kind: "record.circle.created", circleId: circle.id, subjectId: circle.id, data: { name: circle.name, parentId } });
    return { id: circle.id, coreRoleIds: Object.fromEntries(core.map((role) => [role.coreRole, role.id])) as Record<CoreRole, string> };
  });
}

export async function createRole(org: TestOrganization, actor: TestUser, input: { circleId: string; name: string; purpose?: string; accountabilities?: string[] }) {
  return testDb().$transaction(async (tx) => {
    const organizationId = org.id;
    const role = await tx.role.create({ data: { organizationId, circleId: input.circleId, name: input.name, purpose: input.purpose ?? "" } });
    const accountabilities = await tx.accountability.createManyAndReturn({
      data: (input.accountabilities ?? []).map((description, position) => ({ organizationId, roleId: role.id, description, position })),
    });
    await trace(tx, org, actor, [
      { entity: "role", action: "created", id: role.id, circleId: input.circleId, roleId: role.id, after: role },
      ...accountabilities.map((a): Trace => ({ entity: "accountability", action: "created", id: a.id, circleId: input.circleId, roleId: role.id, after: a })),
    ], { kind: "record.role.created", circleId: input.circleId, subjectId: role.id, data: { name: role.name } });
    return { id: role.id };
  });
}

/** `termEndsOn`: YYYY-MM-DD. */
export async function assignRole(org: TestOrganization, actor: TestUser, input: { roleId: string; membershipId: string; focus?: string; termEndsOn?: string }) {
  return testDb().$transaction(async (tx) => {
    const role = await tx.role.findFirstOrThrow({ where: { organizationId: org.id, id: input.roleId }, select: { circleId: true } });
    const assignment = await tx.roleAssignment.create({
      data: { organizationId: org.id, roleId: input.roleId, membershipId: input.membershipId, focus: input.focus ?? null, termEndsOn: input.termEndsOn ? new Date(`${input.termEndsOn}T00:00:00Z`) : null },
    });
    await trace(tx, org, actor, [{ entity: "assignment", action: "created", id: assignment.id, circleId: role.circleId, roleId: input.roleId, after: assignment }],
      { kind: "record.assignment.added", circleId: role.circleId, subjectId: assignment.id, data: { roleId: input.roleId, membershipId: input.membershipId } });
    return { id: assignment.id };
  });
}

export async function addDomain(org: TestOrganization, actor: TestUser, input: { circleId: string; roleId?: string; name: string }) {
  return testDb().$transaction(async (tx) => {
    const domain = await tx.domain.create({ data: { organizationId: org.id, circleId: input.circleId, roleId: input.roleId ?? null, name: input.name } });
    await trace(tx, org, actor, [{ entity: "domain", action: "created", id: domain.id, circleId: input.circleId, roleId: domain.roleId, after: domain }],
      { kind: "record.domain.added", circleId: input.circleId, subjectId: domain.id, data: { name: domain.name, roleId: domain.roleId } });
    return { id: domain.id };
  });
}

export async function addPolicy(org: TestOrganization, actor: TestUser, input: { circleId: string; title: string; body: string }) {
  return testDb().$transaction(async (tx) => {
    const policy = await tx.policy.create({ data: { organizationId: org.id, circleId: input.circleId, title: input.title, body: input.body } });
    await trace(tx, org, actor, [{ entity: "policy", action: "created", id: policy.id, circleId: input.circleId, after: policy }],
      { kind: "record.policy.added", circleId: input.circleId, subjectId: policy.id, data: { title: policy.title } });
    return { id: policy.id };
  });
}

/** A direct edit of a role's name and/or purpose (bumps its version, as the engine does). */
export async function updateRole(org: TestOrganization, actor: TestUser, roleId: string, input: { name?: string; purpose?: string }) {
  return testDb().$transaction(async (tx) => {
    const before = await tx.role.findFirstOrThrow({ where: { organizationId: org.id, id: roleId } });
    const after = await tx.role.update({ where: { id: roleId }, data: { ...input, version: { increment: 1 } } });
    await trace(tx, org, actor, [{ entity: "role", action: "updated", id: roleId, circleId: after.circleId, roleId, before, after }],
      { kind: "record.role.updated", circleId: after.circleId, subjectId: roleId, data: { name: after.name } });
  });
}

/** A unique, readable name for a test's circle or role. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${randomUUID().slice(0, 6)}`;
}
