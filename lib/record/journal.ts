// The trace of every applied change: RecordChange rows (full before/after snapshots, which time
// travel rebuilds the record from) and one Event per change for the activity log.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RecordAction, RecordEntity } from "@/lib/generated/prisma/enums";
import type { ChangeKind } from "./changes";
import type { ApplyContext } from "./context";
import { monotonicUuidV7 } from "./ids";

export type Snapshot = Prisma.InputJsonObject;

/** A row as JSON: instants in ISO 8601, calendar dates (`termEndsOn`) as YYYY-MM-DD. */
export function snapshot(row: Record<string, unknown>): Snapshot {
  const json: Record<string, Prisma.InputJsonValue | null> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value instanceof Date) json[key] = key === "termEndsOn" ? value.toISOString().slice(0, 10) : value.toISOString();
    else json[key] = value as Prisma.InputJsonValue | null;
  }
  return json;
}

export type RecordedChange = {
  entity: RecordEntity;
  entityId: string;
  action: RecordAction;
  circleId: string | null;
  roleId?: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

export async function recordChanges(ctx: ApplyContext, changes: readonly RecordedChange[]): Promise<void> {
  if (changes.length === 0) return;
  // Ids are generated here, in writing order, so that (occurredAt, id) orders the set's rows.
  const data = changes.map((change) => ({
    id: monotonicUuidV7(),
    organizationId: ctx.organizationId,
    entity: change.entity,
    entityId: change.entityId,
    action: change.action,
    circleId: change.circleId,
    roleId: change.roleId ?? null,
    before: change.before ? snapshot(change.before) : undefined,
    after: change.after ? snapshot(change.after) : undefined,
    decisionId: ctx.decisionId,
    actorId: ctx.actorUserId,
    isDirectEdit: ctx.isDirectEdit,
    occurredAt: ctx.now,
  }));
  await ctx.tx.recordChange.createMany({ data });
}

const pastTense: Record<string, string> = {
  create: "created", update: "updated", move: "moved", archive: "archived",
  add: "added", remove: "removed", reorder: "reordered",
};

/** "role.create" → "record.role.created". */
export function eventKind(kind: ChangeKind): string {
  const [entity = "", verb = ""] = kind.split(".");
  return `record.${entity}.${pastTense[verb] ?? verb}`;
}

export async function recordEvent(
  ctx: ApplyContext,
  kind: ChangeKind,
  event: { circleId: string | null; subjectId: string; data?: Record<string, Prisma.InputJsonValue | null> },
): Promise<void> {
  await ctx.tx.event.create({
    data: {
      organizationId: ctx.organizationId,
      circleId: event.circleId,
      actorId: ctx.actorUserId,
      kind: eventKind(kind),
      subjectId: event.subjectId,
      data: { decisionId: ctx.decisionId, isDirectEdit: ctx.isDirectEdit, ...event.data },
      occurredAt: ctx.now,
    },
  });
}
