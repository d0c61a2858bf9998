// The forms of the direct-edit pages send one change each, as flat text fields: this turns such a
// FormData into the change object the engine takes, validated by the same schemas (changes.ts).
// Every form names its change in a hidden `kind` field; ids and `expectedVersion` are hidden
// fields too. Error values are i18n keys; the action translates them.
import type { z } from "zod";
import { type ChangeInput, changeSchema, isChangeKind, type ChangeKind } from "./changes";

export type FormChangeResult = { ok: true; change: ChangeInput } | { ok: false; fieldErrors: Record<string, string> };

/**
 * How a form field becomes a change field:
 * - text: as typed; absent stays absent (an update leaves that field alone);
 * - version: a number (`expectedVersion`);
 * - nullable: an empty value means "none" (null), e.g. no focus, no term, the circle holds the domain;
 * - lines: one item per non-empty line (a role's first accountabilities).
 */
type FieldType = "text" | "version" | "nullable" | "lines";

const FIELDS: Record<Exclude<ChangeKind, "accountability.reorder">, Record<string, FieldType>> = {
  "circle.create": { parentId: "text", circleKind: "text", name: "text", purpose: "text", expectedVersion: "version" },
  "circle.update": { circleId: "text", name: "text", purpose: "text", circleKind: "text", expectedVersion: "version" },
  "circle.move": { circleId: "text", parentId: "text", expectedVersion: "version" },
  "circle.archive": { circleId: "text", expectedVersion: "version" },
  "role.create": { circleId: "text", name: "text", purpose: "text", accountabilities: "lines", expectedVersion: "version" },
  "role.update": { roleId: "text", name: "text", purpose: "text", expectedVersion: "version" },
  "role.move": { roleId: "text", circleId: "text", expectedVersion: "version" },
  "role.archive": { roleId: "text", expectedVersion: "version" },
  "accountability.add": { roleId: "text", description: "text", expectedVersion: "version" },
  "accountability.update": { accountabilityId: "text", description: "text", expectedVersion: "version" },
  "accountability.remove": { accountabilityId: "text", expectedVersion: "version" },
  "domain.add": { circleId: "text", roleId: "nullable", name: "text", description: "text", expectedVersion: "version" },
  "domain.update": { domainId: "text", roleId: "nullable", name: "text", description: "text", expectedVersion: "version" },
  "domain.remove": { domainId: "text", expectedVersion: "version" },
  "policy.add": { circleId: "text", title: "text", body: "text", expectedVersion: "version" },
  "policy.update": { policyId: "text", title: "text", body: "text", expectedVersion: "version" },
  "policy.remove": { policyId: "text", expectedVersion: "version" },
  "assignment.add": { roleId: "text", membershipId: "text", focus: "nullable", termEndsOn: "nullable", expectedVersion: "version" },
  "assignment.update": { assignmentId: "text", focus: "nullable", termEndsOn: "nullable", expectedVersion: "version" },
  "assignment.remove": { assignmentId: "text", expectedVersion: "version" },
};

const INVALID = "recordEdit.errors.invalid";

function text(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
}

function convert(type: FieldType, raw: string): unknown {
  switch (type) {
    case "text":
      return raw;
    case "version":
      // Not a positive integer: NaN, which the schema refuses.
      return /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    case "nullable":
      return raw.trim() === "" ? null : raw;
    case "lines":
      return raw.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  }
}

/**
 * The new order of a role's accountabilities when one of them moves up or down: the form carries
 * the order as rendered (`order`, repeated), the one to move (`accountabilityId`) and the pressed
 * button (`move` = up | down).
 */
export function reorderedIds(order: readonly string[], id: string, move: string): string[] | null {
  const index = order.indexOf(id);
  const target = move === "up" ? index - 1 : move === "down" ? index + 1 : -1;
  if (index < 0 || target < 0 || target >= order.length) return null;
  const next = [...order];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

function reorderChange(formData: FormData): Record<string, unknown> {
  const order = formData.getAll("order").filter((value): value is string => typeof value === "string");
  const ids = reorderedIds(order, text(formData, "accountabilityId") ?? "", text(formData, "move") ?? "");
  const version = text(formData, "expectedVersion");
  return {
    kind: "accountability.reorder",
    roleId: text(formData, "roleId"),
    accountabilityIds: ids ?? undefined,
    ...(version !== undefined ? { expectedVersion: convert("version", version) } : {}),
  };
}

/** Field errors keyed by the form field (the first path segment): `accountabilities.2` → `accountabilities`. */
function errorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "form";
    // The schemas' own messages are keys; zod's built-in ones (e.g. a number expected) are not.
    const key = /^record(Edit)?\.[A-Za-z.]+$/.test(issue.message) ? issue.message : INVALID;
    errors[field] ??= key;
  }
  return errors;
}

/** The change a direct-edit form describes, or what to correct (field → i18n key). */
export function changeFromForm(formData: FormData): FormChangeResult {
  const kind = text(formData, "kind");
  if (!isChangeKind(kind)) return { ok: false, fieldErrors: { form: INVALID } };
  let candidate: Record<string, unknown>;
  if (kind === "accountability.reorder") {
    candidate = reorderChange(formData);
    if (candidate.accountabilityIds === undefined) return { ok: false, fieldErrors: { accountabilityIds: "recordEdit.errors.cannotMove" } };
  } else {
    candidate = { kind };
    for (const [name, type] of Object.entries(FIELDS[kind])) {
      const raw = text(formData, name);
      if (raw !== undefined) candidate[name] = convert(type, raw);
    }
  }
  const parsed = changeSchema.safeParse(candidate);
  return parsed.success ? { ok: true, change: parsed.data } : { ok: false, fieldErrors: errorsOf(parsed.error) };
}
