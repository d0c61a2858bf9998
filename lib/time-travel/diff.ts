// What a change did to an entity, field by field, from its before/after snapshots: the fields a
// person reads (names, purposes, texts, links, terms), never the bookkeeping (ids, versions,
// timestamps of the row itself).
export const SHOWN_FIELDS = [
  "name", "title", "kind", "parentId", "circleId", "roleId", "membershipId", "purpose", "description", "body",
  "focus", "termEndsOn", "position", "archivedAt", "endedAt",
] as const;
export type ShownField = (typeof SHOWN_FIELDS)[number];

/** Fields whose values are ids of other entities (shown by name). */
export const REFERENCE_FIELDS = new Set<ShownField>(["parentId", "circleId", "roleId", "membershipId"]);
/** Fields whose values are instants (shown as dates). */
export const INSTANT_FIELDS = new Set<ShownField>(["archivedAt", "endedAt"]);

export type FieldChange = { field: ShownField; before: string | null; after: string | null };

function asObject(snapshot: unknown): Record<string, unknown> {
  return typeof snapshot === "object" && snapshot !== null && !Array.isArray(snapshot) ? (snapshot as Record<string, unknown>) : {};
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/**
 * The shown fields whose value differs between `before` and `after`. A creation (no before) lists
 * what it was created with; a removal lists what changed with it (archivedAt, endedAt).
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const a = asObject(before);
  const b = asObject(after);
  const changes: FieldChange[] = [];
  for (const field of SHOWN_FIELDS) {
    const old = asText(a[field]);
    const now = asText(b[field]);
    if (old === now) continue;
    // A creation at position 0, or into the only place there is, says nothing worth reading.
    if (field === "position" && old === null) continue;
    changes.push({ field, before: old, after: now });
  }
  return changes;
}
