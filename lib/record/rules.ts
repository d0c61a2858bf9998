// The record's rules that need no database: each handler asks them with what it loaded, inside
// the transaction; the database constraints (prisma/constraints.sql) back them up against races.
import type { Change } from "./changes";
import type { RefusalReason } from "./reasons";

/** How names compare among siblings: trimmed, case-insensitive (as `lower(name)` in the indexes). */
export function normalizeName(name: string): string {
  return name.trim().toLowerCase();
}

export function isNameTaken(name: string, siblings: readonly { id: string; name: string }[], selfId?: string): boolean {
  const wanted = normalizeName(name);
  return siblings.some((sibling) => sibling.id !== selfId && normalizeName(sibling.name) === wanted);
}

/**
 * Whether putting `circleId` under `newParentId` would make the circle its own ancestor.
 * `parentOf` maps each circle id of the organisation to its parent id (null for the root).
 */
export function wouldCreateCycle(parentOf: ReadonlyMap<string, string | null>, circleId: string, newParentId: string): boolean {
  const seen = new Set<string>();
  for (let current: string | null | undefined = newParentId; current; current = parentOf.get(current)) {
    if (current === circleId) return true;
    if (seen.has(current)) return true; // an existing loop: refuse rather than spin
    seen.add(current);
  }
  return false;
}

/**
 * Whether a term end date (YYYY-MM-DD) lies before `now`'s day. Days are compared in UTC: a term
 * ending today is still valid until the end of the day.
 */
export function isTermInPast(termEndsOn: string, now: Date): boolean {
  return termEndsOn < now.toISOString().slice(0, 10);
}

/** Whether `proposed` lists exactly the ids of `current`, each once (a full reordering). */
export function isFullReordering(current: readonly string[], proposed: readonly string[]): boolean {
  if (current.length !== proposed.length) return false;
  const wanted = new Set(current);
  const given = new Set(proposed);
  return given.size === proposed.length && proposed.every((id) => wanted.has(id));
}

export type RefProblem = { index: number; reason: RefusalReason; field: string };

/**
 * Checks the refs of a change set before anything is written: each ref is defined once, and
 * used only after the change that defines it.
 */
export function checkRefs(changes: readonly Change[]): RefProblem | null {
  const defined = new Set<string>();
  for (const [index, change] of changes.entries()) {
    for (const [field, value] of Object.entries(change)) {
      const used = Array.isArray(value) ? value : [value];
      for (const item of used) {
        if (typeof item === "string" && item.startsWith("ref:") && !defined.has(item.slice(4))) {
          return { index, reason: "unknown_ref", field };
        }
      }
    }
    if ("ref" in change && change.ref !== undefined) {
      if (defined.has(change.ref)) return { index, reason: "duplicate_ref", field: "ref" };
      defined.add(change.ref);
    }
  }
  return null;
}

/** Where a new item goes in a list of `count` items: at `position` (clamped), or at the end. */
export function insertionPosition(count: number, position?: number): number {
  return position === undefined ? count : Math.min(Math.max(position, 0), count);
}
