// The editor's « add a change » forms: which fields each of the 21 change kinds asks for, and how
// the submitted FormData becomes a change (validated by the engine's schemas, lib/record/changes.ts).
// Pure: the page renders the fields from FIELDS, the action parses with changeFromForm.
import { type ChangeInput, type ChangeKind, changeSchema } from "@/lib/record/changes";

/**
 * - circle, role, accountability, domain, policy, assignment, member: a select of the record's rows
 *   (and, for circles and roles, of those the change set creates: "ref:<name>");
 * - holder: a domain's holder, a role or the circle itself;
 * - text/textarea/lines/date/circleKind: typed values (`lines`: one item per line).
 * `optional`: an empty value leaves the field out (an update keeps what is there);
 * `nullable`: an empty value means "none".
 */
export type FieldType = "circle" | "role" | "accountability" | "domain" | "policy" | "assignment" | "member" | "holder" | "text" | "textarea" | "lines" | "date" | "circleKind";
export type FieldSpec = { name: string; type: FieldType; optional?: boolean; nullable?: boolean };

const f = (name: string, type: FieldType, flags: { optional?: boolean; nullable?: boolean } = {}): FieldSpec => ({ name, type, ...flags });

export const FIELDS: Record<ChangeKind, FieldSpec[]> = {
  "circle.create": [f("parentId", "circle"), f("circleKind", "circleKind"), f("name", "text"), f("purpose", "textarea")],
  "circle.update": [f("circleId", "circle"), f("name", "text", { optional: true }), f("purpose", "textarea", { optional: true }), f("circleKind", "circleKind", { optional: true })],
  "circle.move": [f("circleId", "circle"), f("parentId", "circle")],
  "circle.archive": [f("circleId", "circle")],
  "role.create": [f("circleId", "circle"), f("name", "text"), f("purpose", "textarea"), f("accountabilities", "lines")],
  "role.update": [f("roleId", "role"), f("name", "text", { optional: true }), f("purpose", "textarea", { optional: true })],
  "role.move": [f("roleId", "role"), f("circleId", "circle")],
  "role.archive": [f("roleId", "role")],
  "accountability.add": [f("roleId", "role"), f("description", "text")],
  "accountability.update": [f("accountabilityId", "accountability"), f("description", "text")],
  // The order is asked for once the role is chosen (see reorderFromForm).
  "accountability.reorder": [f("roleId", "role")],
  "accountability.remove": [f("accountabilityId", "accountability")],
  "domain.add": [f("circleId", "circle"), f("roleId", "holder", { nullable: true }), f("name", "text"), f("description", "textarea")],
  "domain.update": [f("domainId", "domain"), f("roleId", "holder", { optional: true }), f("name", "text", { optional: true }), f("description", "textarea", { optional: true })],
  "domain.remove": [f("domainId", "domain")],
  "policy.add": [f("circleId", "circle"), f("title", "text"), f("body", "textarea")],
  "policy.update": [f("policyId", "policy"), f("title", "text", { optional: true }), f("body", "textarea", { optional: true })],
  "policy.remove": [f("policyId", "policy")],
  "assignment.add": [f("roleId", "role"), f("membershipId", "member"), f("focus", "text", { nullable: true }), f("termEndsOn", "date", { nullable: true })],
  "assignment.update": [f("assignmentId", "assignment"), f("focus", "text", { optional: true }), f("termEndsOn", "date", { optional: true })],
  "assignment.remove": [f("assignmentId", "assignment")],
};

/** The value of a holder select that gives the domain to the circle itself. */
export const CIRCLE_HOLDER = "circle";

const CREATES: Partial<Record<ChangeKind, string>> = { "circle.create": "circle", "role.create": "role", "accountability.add": "accountability", "domain.add": "domain", "policy.add": "policy", "assignment.add": "assignment" };

/** A ref for a change that creates something, unique in the set, so later changes can name it. */
export function nextRef(kind: ChangeKind, changes: readonly ChangeInput[]): string | undefined {
  const prefix = CREATES[kind];
  if (!prefix) return undefined;
  const taken = new Set(changes.map((change) => (change as { ref?: string }).ref));
  let n = 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

export type FormChange = { ok: true; change: ChangeInput } | { ok: false; fieldErrors: Record<string, string> };

function convert(spec: FieldSpec, raw: string): unknown {
  if (spec.type === "lines") return raw.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  if (spec.type === "holder" && raw === CIRCLE_HOLDER) return null;
  return raw;
}

function errorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "form";
    // The schemas' messages are keys (record.validation.*); zod's own are not.
    errors[field] ??= /^record\.validation\.[A-Za-z]+$/.test(issue.message) ? issue.message : "proposals.errors.invalidField";
  }
  return errors;
}

export function changeFromForm(kind: ChangeKind, formData: FormData, ref?: string): FormChange {
  const candidate: Record<string, unknown> = { kind };
  if (ref) candidate.ref = ref;
  for (const spec of FIELDS[kind]) {
    const value = formData.get(spec.name);
    const raw = typeof value === "string" ? value : "";
    if (raw.trim() === "" && spec.type !== "lines") {
      if (spec.optional) continue;
      if (spec.nullable) {
        candidate[spec.name] = null;
        continue;
      }
    }
    candidate[spec.name] = convert(spec, raw);
  }
  if (kind === "accountability.reorder") candidate.accountabilityIds = reorderFromForm(formData);
  const parsed = changeSchema.safeParse(candidate);
  return parsed.success ? { ok: true, change: parsed.data } : { ok: false, fieldErrors: errorsOf(parsed.error.issues) };
}

/** The order typed in the reorder form: `position.<id>` fields, sorted by the number typed. */
export function reorderFromForm(formData: FormData): string[] {
  const entries: { id: string; rank: number; index: number }[] = [];
  let index = 0;
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith("position.") || typeof value !== "string") continue;
    const rank = Number(value);
    entries.push({ id: key.slice("position.".length), rank: Number.isFinite(rank) ? rank : Number.MAX_SAFE_INTEGER, index: index++ });
  }
  return entries.sort((a, b) => a.rank - b.rank || a.index - b.index).map((entry) => entry.id);
}

/** Moves the change at `index` one step up or down; the same list when it cannot move. */
export function moveChange<T>(changes: readonly T[], index: number, direction: "up" | "down"): T[] {
  const target = direction === "up" ? index - 1 : index + 1;
  const next = [...changes];
  if (index < 0 || index >= next.length || target < 0 || target >= next.length) return next;
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
