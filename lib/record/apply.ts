// Applying a change set to the governance record: all of it in one transaction, or nothing.
// This is the only writer of the record: direct edits by admins and adopted decisions both come
// through here. Sets of one organisation are applied one at a time (an advisory lock), so each
// rule is checked against the record as it stands; the database constraints remain the backstop.
import type { Db, Tx } from "@/lib/server/db";
import { changeSchema, type Change, type ChangeKind, type ChangeOf } from "./changes";
import { type ApplyContext, type CoreRoleNames, RecordRefusal, refuse } from "./context";
import { coreRoleNames as defaultCoreRoleNames } from "./core-roles";
import { isRetryable, refusalFromDbError } from "./db-errors";
import { addAccountability, removeAccountability, reorderAccountabilities, updateAccountability } from "./handlers/accountabilities";
import { addAssignment, removeAssignment, updateAssignment } from "./handlers/assignments";
import { archiveCircle, createCircle, moveCircle, updateCircle } from "./handlers/circles";
import { addDomain, removeDomain, updateDomain } from "./handlers/domains";
import { addPolicy, removePolicy, updatePolicy } from "./handlers/policies";
import { archiveRole, createRole, moveRole, updateRole } from "./handlers/roles";
import { canEditDirectly } from "./policy";
import type { RefusalReason } from "./reasons";
import { checkRefs } from "./rules";
import { lockRecord } from "./lock";
import { bumpRecordVersion } from "./version";

export type ApplyChangesInput = {
  organizationId: string;
  /** The user who applies the set (the admin editing, or the one whose act adopted the decision). */
  actorUserId: string;
  /** The adopted decision the set comes from; required unless `isDirectEdit`. */
  decisionId?: string;
  isDirectEdit: boolean;
  /** Changes as data (ChangeInput objects, e.g. parsed from ProposalChange rows); validated here. */
  changes: readonly unknown[];
  /** The instant of the set (default: now); every row written carries it. */
  now?: Date;
  /** Names of the core roles of circles this set creates (default: French, see core-roles.ts). */
  coreRoleNames?: CoreRoleNames;
};

/** `index` is the position of the refused change in the set, or -1 when the set as a whole is refused. */
export type ApplyFailure = { ok: false; index: number; reason: RefusalReason; field?: string };
export type ApplyResult = { ok: true; refs: Record<string, string> } | ApplyFailure;

export const MAX_CHANGES = 200;

const handlers: { [K in ChangeKind]: (ctx: ApplyContext, change: ChangeOf<K>) => Promise<void> } = {
  "circle.create": createCircle, "circle.update": updateCircle, "circle.move": moveCircle, "circle.archive": archiveCircle,
  "role.create": createRole, "role.update": updateRole, "role.move": moveRole, "role.archive": archiveRole,
  "accountability.add": addAccountability, "accountability.update": updateAccountability,
  "accountability.reorder": reorderAccountabilities, "accountability.remove": removeAccountability,
  "domain.add": addDomain, "domain.update": updateDomain, "domain.remove": removeDomain,
  "policy.add": addPolicy, "policy.update": updatePolicy, "policy.remove": removePolicy,
  "assignment.add": addAssignment, "assignment.update": updateAssignment, "assignment.remove": removeAssignment,
};

/** Validates a whole set (schemas, then refs) without touching the database. */
export function parseChanges(changes: readonly unknown[]): { ok: true; changes: Change[] } | ApplyFailure {
  if (changes.length > MAX_CHANGES) return { ok: false, index: -1, reason: "invalid" };
  const parsed: Change[] = [];
  for (const [index, change] of changes.entries()) {
    const result = changeSchema.safeParse(change);
    if (!result.success) return { ok: false, index, reason: "invalid", field: result.error.issues[0]?.path.join(".") || undefined };
    parsed.push(result.data);
  }
  const problem = checkRefs(parsed);
  return problem ? { ok: false, ...problem } : { ok: true, changes: parsed };
}

async function checkAuthority(tx: Tx, input: ApplyChangesInput): Promise<void> {
  if (input.isDirectEdit) {
    if (input.decisionId !== undefined) refuse("invalid", "decisionId");
    const membership = await tx.membership.findFirst({
      where: { organizationId: input.organizationId, userId: input.actorUserId, removedAt: null },
      select: { permission: true, organization: { select: { governanceEditMode: true } } },
    });
    if (!membership || !canEditDirectly(membership.organization.governanceEditMode, membership.permission)) refuse("forbidden");
    return;
  }
  if (input.decisionId === undefined) refuse("invalid", "decisionId");
  const decision = await tx.decision.count({ where: { id: input.decisionId, organizationId: input.organizationId } });
  if (decision === 0) refuse("not_found", "decisionId");
}

/**
 * Applies a set inside a transaction the caller owns (e.g. the consent process, which writes the
 * Decision in the same transaction). Returns the refs; throws RecordRefusal (with `index`) on a
 * refusal: let it propagate out of the transaction so that everything rolls back.
 */
export async function applyChangesInTx(tx: Tx, input: ApplyChangesInput): Promise<Record<string, string>> {
  const parsed = parseChanges(input.changes);
  if (!parsed.ok) throw new RecordRefusal(parsed.reason, parsed.field, parsed.index);
  await lockRecord(tx, input.organizationId);
  await checkAuthority(tx, input);
  const ctx: ApplyContext = {
    tx, organizationId: input.organizationId, actorUserId: input.actorUserId,
    decisionId: input.decisionId ?? null, isDirectEdit: input.isDirectEdit, now: input.now ?? new Date(),
    coreRoleNames: input.coreRoleNames ?? defaultCoreRoleNames(),
    refs: new Map(), createdIds: new Set(), startVersions: new Map(),
  };
  for (const [index, change] of parsed.changes.entries()) {
    try {
      await (handlers[change.kind] as (ctx: ApplyContext, change: Change) => Promise<void>)(ctx, change);
    } catch (error) {
      if (error instanceof RecordRefusal) {
        error.index = index;
        throw error;
      }
      const refusal = refusalFromDbError(error);
      if (refusal) throw new RecordRefusal(refusal.reason, refusal.field, index);
      throw error;
    }
  }
  // Under the record lock, in the same transaction: a cache keyed by the version never holds a
  // record older than its key (./version-cache.ts).
  await bumpRecordVersion(tx, input.organizationId);
  return Object.fromEntries(ctx.refs);
}

const ATTEMPTS = 3;

/** Applies a set in its own transaction: everything, or nothing and the reason why. */
export async function applyChanges(db: Db, input: ApplyChangesInput): Promise<ApplyResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      const refs = await db.$transaction((tx) => applyChangesInTx(tx, input), { maxWait: 10_000, timeout: 30_000 });
      return { ok: true, refs };
    } catch (error) {
      if (error instanceof RecordRefusal) {
        return { ok: false, index: error.index, reason: error.reason, ...(error.field ? { field: error.field } : {}) };
      }
      // A deadlock with a writer outside the record (the lock serialises the record's own): retry.
      if (isRetryable(error) && attempt < ATTEMPTS) continue;
      throw error;
    }
  }
}
