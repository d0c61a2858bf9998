// What one RecordChange row of a role's history says, as data for a translated sentence: which
// message (`<entity>.<action>`), the name of the thing changed, and, for an update, the fields that
// changed with their values before and after. Pure: the page only translates and formats.
import type { RecordAction, RecordEntity } from "@/lib/generated/prisma/enums";

export type FieldChange = { field: string; before: string | null; after: string | null };
export type ChangeDescription = {
  /** e.g. "accountability.created"; "other" for a pair the history page has no sentence for. */
  key: string;
  /** Name, title or description of the thing changed, as it was at the time. */
  label: string;
  fields: FieldChange[];
};

const SENTENCES = new Set([
  "role.created", "role.updated", "role.moved", "role.archived",
  "accountability.created", "accountability.updated", "accountability.reordered", "accountability.removed",
  "domain.created", "domain.updated", "domain.moved", "domain.movedAway", "domain.removed",
  "assignment.created", "assignment.updated", "assignment.removed",
]);

/** Fields whose old and new values are worth showing, per entity (ids and bookkeeping are not). */
const SHOWN_FIELDS: Partial<Record<RecordEntity, readonly string[]>> = {
  role: ["name", "purpose"],
  accountability: ["description"],
  domain: ["name", "description"],
  assignment: ["focus", "termEndsOn"],
};

function asObject(json: unknown): Record<string, unknown> | null {
  return typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
}

function text(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  return typeof value === "string" || typeof value === "number" ? String(value) : null;
}

/**
 * `roleId`: the role whose history is read. A domain moved between two roles shows in both: "given
 * to this role" in the receiving one, "taken from this role" in the other (`domain.movedAway`).
 */
export function describeChange(row: { entity: RecordEntity; action: RecordAction; before: unknown; after: unknown }, roleId?: string): ChangeDescription {
  const before = asObject(row.before);
  const after = asObject(row.after);
  const movedAway = row.entity === "domain" && row.action === "moved" && roleId !== undefined && before?.roleId === roleId && after?.roleId !== roleId;
  const key = movedAway ? "domain.movedAway" : `${row.entity}.${row.action}`;
  const source = after ?? before ?? {};
  const label = text(source.name) ?? text(source.title) ?? text(source.description) ?? "";
  const fields: FieldChange[] = [];
  if (row.action === "updated" && before && after) {
    for (const field of SHOWN_FIELDS[row.entity] ?? []) {
      const [was, now] = [text(before[field]), text(after[field])];
      if (was !== now) fields.push({ field, before: was, after: now });
    }
  }
  return { key: SENTENCES.has(key) ? key : "other", label, fields };
}

/** The member an assignment snapshot names, if any. */
export function membershipIdOf(row: { entity: RecordEntity; before: unknown; after: unknown }): string | undefined {
  if (row.entity !== "assignment") return undefined;
  const value = (asObject(row.after) ?? asObject(row.before))?.membershipId;
  return typeof value === "string" ? value : undefined;
}
