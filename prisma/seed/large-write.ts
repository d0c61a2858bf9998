// Writes a planned large organisation with multi-row `INSERT ... SELECT FROM unnest(...)`: one
// statement per table and batch of a few thousand rows, all in the caller's transaction.
import type pg from "pg";
import type { LargePlan } from "./large-plan.ts";

type Column<T> = [name: string, type: string, value: (row: T) => unknown];

const BATCH = 5000;

export async function insert<T>(client: pg.ClientBase, table: string, columns: Column<T>[], rows: readonly T[]): Promise<void> {
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const arrays = columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`;
  for (let from = 0; from < rows.length; from += BATCH) {
    const batch = rows.slice(from, from + BATCH);
    await client.query(sql, columns.map(([, , value]) => batch.map(value)));
  }
}

// Column lists: [name, PostgreSQL type, value]. Json columns travel as text and are cast.
const id = <T extends { id: string }>(): Column<T> => ["id", "uuid", (r) => r.id];
const org = <T extends { organizationId: string }>(): Column<T> => ["organizationId", "uuid", (r) => r.organizationId];
const dates = <T extends { archivedAt: Date | null; createdAt: Date; updatedAt: Date }>(): Column<T>[] => [
  ["archivedAt", "timestamptz", (r) => r.archivedAt], ["createdAt", "timestamptz", (r) => r.createdAt], ["updatedAt", "timestamptz", (r) => r.updatedAt],
];

export async function writeLarge(client: pg.ClientBase, plan: LargePlan, passwordHash: string): Promise<void> {
  const { store, timeline, organization } = plan;
  await insert(client, "User", [
    ["id", "uuid", (p) => p.userId], ["email", "text", (p) => p.email], ["name", "text", (p) => p.name],
    ["passwordHash", "text", () => passwordHash], ["locale", "text", (p) => p.locale],
    ["createdAt", "timestamptz", (p) => p.joinedAt], ["updatedAt", "timestamptz", (p) => p.joinedAt],
  ], plan.people);
  await insert(client, "Organization", [
    id(), ["slug", "text", (o) => o.slug], ["name", "text", (o) => o.name], ["governanceEditMode", '"GovernanceEditMode"', (o) => o.governanceEditMode],
    ["createdAt", "timestamptz", (o) => o.createdAt], ["updatedAt", "timestamptz", (o) => o.updatedAt],
  ], [organization]);
  await insert(client, "Membership", [
    ["id", "uuid", (p) => p.membershipId], ["organizationId", "uuid", () => organization.id], ["userId", "uuid", (p) => p.userId],
    ["permission", '"OrgPermission"', (p) => p.permission], ["joinedAt", "timestamptz", (p) => p.joinedAt],
  ], plan.people);
  await insert(client, "Invitation", [
    id(), org(), ["email", "text", (i) => i.email], ["permission", '"OrgPermission"', (i) => i.permission], ["tokenHash", "text", (i) => i.tokenHash],
    ["invitedById", "uuid", (i) => i.invitedById], ["expiresAt", "timestamptz", (i) => i.expiresAt], ["acceptedAt", "timestamptz", (i) => i.acceptedAt],
    ["acceptedById", "uuid", (i) => i.acceptedById], ["createdAt", "timestamptz", (i) => i.createdAt],
  ], plan.invitations);
  // Parents were created before their children, so every batch finds its parents already written.
  await insert(client, "Circle", [
    id(), org(), ["parentId", "uuid", (c) => c.parentId], ["kind", '"CircleKind"', (c) => c.kind], ["name", "text", (c) => c.name],
    ["purpose", "text", (c) => c.purpose], ["version", "int", (c) => c.version], ...dates(),
  ], [...store.circles.values()]);
  await insert(client, "CircleProcessSettings", [
    id(), org(), ["circleId", "uuid", (s) => s.circleId], ["preset", '"ConsentPreset"', (s) => s.preset],
    ["abstentionAllowed", "boolean", (s) => s.abstentionAllowed], ["absenteePolicy", '"AbsenteePolicy"', (s) => s.absenteePolicy],
    ["quorumPercent", "int", (s) => s.quorumPercent], ["defaultDeadlineHours", "int", (s) => s.defaultDeadlineHours],
    ["reviewPeriodDays", "int", (s) => s.reviewPeriodDays], ["objectionTester", '"ObjectionTester"', (s) => s.objectionTester],
    ["updatedAt", "timestamptz", (s) => s.updatedAt],
  ], store.settings);
  await insert(client, "CircleMembership", [
    id(), org(), ["circleId", "uuid", (m) => m.circleId], ["membershipId", "uuid", (m) => m.membershipId], ["joinedAt", "timestamptz", (m) => m.joinedAt],
  ], plan.circleMemberships);
  await insert(client, "Role", [
    id(), org(), ["circleId", "uuid", (r) => r.circleId], ["name", "text", (r) => r.name], ["purpose", "text", (r) => r.purpose],
    ["coreRole", '"CoreRole"', (r) => r.coreRole], ["version", "int", (r) => r.version], ...dates(),
  ], [...store.roles.values()]);
  await insert(client, "Accountability", [
    id(), org(), ["roleId", "uuid", (a) => a.roleId], ["description", "text", (a) => a.description], ["position", "int", (a) => a.position], ...dates(),
  ], [...store.accountabilities.values()]);
  await insert(client, "Domain", [
    id(), org(), ["circleId", "uuid", (d) => d.circleId], ["roleId", "uuid", (d) => d.roleId], ["name", "text", (d) => d.name],
    ["description", "text", (d) => d.description], ["position", "int", (d) => d.position], ...dates(),
  ], [...store.domains.values()]);
  await insert(client, "Policy", [
    id(), org(), ["circleId", "uuid", (p) => p.circleId], ["title", "text", (p) => p.title], ["body", "text", (p) => p.body], ["position", "int", (p) => p.position], ...dates(),
  ], [...store.policies.values()]);
  await insert(client, "RoleAssignment", [
    id(), org(), ["roleId", "uuid", (a) => a.roleId], ["membershipId", "uuid", (a) => a.membershipId], ["focus", "text", (a) => a.focus],
    ["termEndsOn", "date", (a) => a.termEndsOn?.toISOString().slice(0, 10) ?? null], ["startedAt", "timestamptz", (a) => a.startedAt], ["endedAt", "timestamptz", (a) => a.endedAt],
  ], [...store.assignments.values()]);
  await insert(client, "Proposal", [
    id(), org(), ["circleId", "uuid", (p) => p.circleId], ["authorId", "uuid", (p) => p.authorId], ["status", '"ProposalStatus"', (p) => p.status],
    ["createdAt", "timestamptz", (p) => p.createdAt], ["updatedAt", "timestamptz", (p) => p.updatedAt],
  ], timeline.proposals);
  await insert(client, "ProposalVersion", [
    id(), org(), ["proposalId", "uuid", (v) => v.proposalId], ["number", "int", (v) => v.number], ["title", "text", (v) => v.title],
    ["reasons", "text", (v) => v.reasons], ["authorId", "uuid", (v) => v.authorId], ["createdAt", "timestamptz", (v) => v.createdAt],
  ], timeline.versions);
  await insert(client, "ProposalChange", [
    id(), org(), ["versionId", "uuid", (c) => c.versionId], ["position", "int", (c) => c.position], ["kind", "text", (c) => c.kind], ["payload", "jsonb", (c) => c.payload],
  ], timeline.proposalChanges);
  await insert(client, "Decision", [
    id(), org(), ["proposalId", "uuid", (d) => d.proposalId], ["versionId", "uuid", (d) => d.versionId], ["circleId", "uuid", (d) => d.circleId],
    ["adoptedAt", "timestamptz", (d) => d.adoptedAt], ["reviewOn", "date", (d) => d.reviewOn.toISOString().slice(0, 10)], ["record", "jsonb", (d) => d.record],
  ], timeline.decisions);
  await insert(client, "RecordChange", [
    id(), org(), ["entity", '"RecordEntity"', (c) => c.entity], ["entityId", "uuid", (c) => c.entityId], ["action", '"RecordAction"', (c) => c.action],
    ["circleId", "uuid", (c) => c.circleId], ["roleId", "uuid", (c) => c.roleId], ["before", "jsonb", (c) => c.before], ["after", "jsonb", (c) => c.after],
    ["decisionId", "uuid", (c) => c.decisionId], ["actorId", "uuid", (c) => c.actorId], ["isDirectEdit", "boolean", (c) => c.isDirectEdit],
    ["occurredAt", "timestamptz", (c) => c.occurredAt],
  ], store.changes);
  await insert(client, "Event", [
    id(), org(), ["circleId", "uuid", (e) => e.circleId], ["actorId", "uuid", (e) => e.actorId], ["kind", "text", (e) => e.kind],
    ["subjectId", "uuid", (e) => e.subjectId], ["data", "jsonb", (e) => e.data], ["occurredAt", "timestamptz", (e) => e.occurredAt],
  ], store.events);
}
