// What the preview's handlers share: the record being changed (a copy), the refs created so far,
// and the differences found. A change that cannot apply throws PreviewProblem with one of the
// engine's refusal reasons (lib/record/reasons.ts), so that the page explains it in the same words.
import type { RefusalReason } from "@/lib/record/reasons";
import { normalizeName } from "@/lib/record/rules";
import type { RecordSnapshot } from "./record-snapshot";

export type DiffEntity = "circle" | "role" | "accountability" | "domain" | "policy" | "assignment";
export type DiffAction = "added" | "changed" | "moved" | "reordered" | "removed";
export type FieldDiff = { field: string; before: string; after: string };

export type Difference = {
  /** Position of the change (0-based) in the change set. */
  index: number;
  entity: DiffEntity;
  action: DiffAction;
  /** The entity's name (or description, title, member's name). */
  label: string;
  /** Where it is: the circle or role holding it. */
  where: string;
  fields: FieldDiff[];
};

export type PreviewContext = {
  record: RecordSnapshot;
  refs: Map<string, string>;
  differences: Difference[];
  index: number;
  /** Today (YYYY-MM-DD), for terms in the past. */
  today: string;
};

export class PreviewProblem extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly field?: string,
  ) {
    super(reason);
  }
}

export function problem(reason: RefusalReason, field?: string): never {
  throw new PreviewProblem(reason, field);
}

export function resolve(ctx: PreviewContext, value: string, field: string): string {
  if (!value.startsWith("ref:")) return value;
  return ctx.refs.get(value.slice(4)) ?? problem("unknown_ref", field);
}

/** Ids of entities a preview creates: they never clash with real ids (UUIDs). */
export function newId(ctx: PreviewContext, ref: string | undefined): string {
  const id = `new:${ctx.index}:${ref ?? ""}`;
  if (ref !== undefined) ctx.refs.set(ref, id);
  return id;
}

type Row = { id: string; archived: boolean };

/** The row `id` names: missing → not_found, archived → archived. */
export function active<T extends Row>(rows: readonly T[], id: string, field: string): T {
  const row = rows.find((candidate) => candidate.id === id) ?? problem("not_found", field);
  return row.archived ? problem("archived", field) : row;
}

export function nameTaken(rows: readonly { id: string; name: string; archived: boolean }[], name: string, selfId?: string): boolean {
  return rows.some((row) => !row.archived && row.id !== selfId && normalizeName(row.name) === normalizeName(name));
}

export function record(ctx: PreviewContext, difference: Omit<Difference, "index">): void {
  ctx.differences.push({ index: ctx.index, ...difference });
}

/** Field differences of an update: only the fields it sets to another value. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown | undefined>): FieldDiff[] {
  const fields: FieldDiff[] = [];
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined || value === before[field]) continue;
    fields.push({ field, before: String(before[field] ?? ""), after: String(value ?? "") });
  }
  return fields;
}

export function circleName(ctx: PreviewContext, id: string | null): string {
  return ctx.record.circles.find((circle) => circle.id === id)?.name ?? "";
}

export function roleName(ctx: PreviewContext, id: string | null): string {
  return ctx.record.roles.find((role) => role.id === id)?.name ?? "";
}
