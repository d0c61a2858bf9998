// The rows of the large organisation, held in memory while its history is played, and the trace
// each change leaves: RecordChange rows with full before/after snapshots (the same `snapshot()`
// lib/record writes, so `recordAt` reads them like the product's own) and one Event per change.
import { eventKind, snapshot } from "../../lib/record/journal.ts";
import type { ChangeKind } from "../../lib/record/changes.ts";
import type { Rng } from "./large-random.ts";

// Field order follows prisma/schema.prisma: snapshots list the fields as Prisma returns them.
export type CircleRow = {
  id: string; organizationId: string; parentId: string | null; kind: string; name: string; purpose: string;
  version: number; archivedAt: Date | null; createdAt: Date; updatedAt: Date;
};
export type SettingsRow = {
  id: string; organizationId: string; circleId: string; preset: string; abstentionAllowed: boolean; absenteePolicy: string;
  quorumPercent: number | null; defaultDeadlineHours: number; reviewPeriodDays: number; objectionTester: string; updatedAt: Date;
};
export type RoleRow = {
  id: string; organizationId: string; circleId: string; name: string; purpose: string; coreRole: string | null;
  version: number; archivedAt: Date | null; createdAt: Date; updatedAt: Date;
};
export type AccountabilityRow = {
  id: string; organizationId: string; roleId: string; description: string; position: number;
  archivedAt: Date | null; createdAt: Date; updatedAt: Date;
};
export type DomainRow = {
  id: string; organizationId: string; circleId: string; roleId: string | null; name: string; description: string;
  position: number; archivedAt: Date | null; createdAt: Date; updatedAt: Date;
};
export type PolicyRow = {
  id: string; organizationId: string; circleId: string; title: string; body: string; position: number;
  archivedAt: Date | null; createdAt: Date; updatedAt: Date;
};
export type AssignmentRow = {
  id: string; organizationId: string; roleId: string; membershipId: string; focus: string | null;
  termEndsOn: Date | null; startedAt: Date; endedAt: Date | null;
};
export type RecordChangeRow = {
  id: string; organizationId: string; entity: string; entityId: string; action: string; circleId: string | null;
  roleId: string | null; before: string | null; after: string | null; decisionId: string | null; actorId: string;
  isDirectEdit: boolean; occurredAt: Date;
};
export type EventRow = {
  id: string; organizationId: string; circleId: string | null; actorId: string; kind: string; subjectId: string;
  data: string; occurredAt: Date;
};

/** Who acts, when, and through what: one change set, as `applyChanges` receives it. */
export type SetContext = { at: Date; actorId: string; decisionId: string | null };

type Entity = "circle" | "settings" | "role" | "accountability" | "domain" | "policy" | "assignment";
type Action = "created" | "updated" | "archived" | "removed";

export class RecordStore {
  readonly circles = new Map<string, CircleRow>();
  readonly settings: SettingsRow[] = [];
  readonly roles = new Map<string, RoleRow>();
  readonly accountabilities = new Map<string, AccountabilityRow>();
  readonly domains = new Map<string, DomainRow>();
  readonly policies = new Map<string, PolicyRow>();
  readonly assignments = new Map<string, AssignmentRow>();
  /** Rows by role or circle id, so that each change finds its neighbours without a scan. */
  readonly byOwner = new Map<string, { accountabilities: AccountabilityRow[]; assignments: AssignmentRow[]; domains: DomainRow[]; policies: PolicyRow[] }>();
  readonly changes: RecordChangeRow[] = [];
  readonly events: EventRow[] = [];

  constructor(
    readonly rng: Rng,
    readonly organizationId: string,
  ) {}

  get<T>(map: Map<string, T>, id: string): T {
    const row = map.get(id);
    if (!row) throw new Error(`large seed: unknown id ${id}`);
    return row;
  }

  owned(ownerId: string) {
    let lists = this.byOwner.get(ownerId);
    if (!lists) this.byOwner.set(ownerId, (lists = { accountabilities: [], assignments: [], domains: [], policies: [] }));
    return lists;
  }

  /** A RecordChange: `before`/`after` are copies taken around the write. */
  change(ctx: SetContext, entity: Entity, entityId: string, action: Action, links: { circleId: string; roleId?: string | null }, before: object | null, after: object | null): void {
    this.changes.push({
      id: this.rng.uuid(ctx.at), organizationId: this.organizationId, entity, entityId, action,
      circleId: links.circleId, roleId: links.roleId ?? null,
      before: before ? JSON.stringify(snapshot(before as Record<string, unknown>)) : null,
      after: after ? JSON.stringify(snapshot(after as Record<string, unknown>)) : null,
      decisionId: ctx.decisionId, actorId: ctx.actorId, isDirectEdit: ctx.decisionId === null, occurredAt: ctx.at,
    });
  }

  /** The Event a change set leaves for the journal, shaped like lib/record/journal.ts `recordEvent`. */
  event(ctx: SetContext, kind: ChangeKind, circleId: string, subjectId: string, data: Record<string, unknown>): void {
    this.rawEvent(ctx, eventKind(kind), circleId, subjectId, { decisionId: ctx.decisionId, isDirectEdit: ctx.decisionId === null, ...data });
  }

  rawEvent(ctx: Pick<SetContext, "at" | "actorId">, kind: string, circleId: string | null, subjectId: string, data: Record<string, unknown>): void {
    this.events.push({
      id: this.rng.uuid(ctx.at), organizationId: this.organizationId, circleId, actorId: ctx.actorId, kind, subjectId,
      data: JSON.stringify(data), occurredAt: ctx.at,
    });
  }

  /** `touchCircle`/`touchRole` of lib/record/load.ts: the version goes up by one on every change. */
  touch<T extends { version: number; updatedAt: Date }>(row: T, at: Date): T {
    const before = { ...row };
    row.version += 1;
    row.updatedAt = at;
    return before;
  }
}
