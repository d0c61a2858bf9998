// A change to the governance record is data: the same objects are stored in a proposal's change
// set (ProposalChange.kind/payload), shown to the circle, and applied by lib/record/apply.ts.
// Issue messages are i18n keys of messages/<locale>/record.json.
//
// Ids: any id field accepts a real id, or "ref:<name>" naming an entity created earlier in the
// same change set by a change carrying `ref: "<name>"`. `expectedVersion` is the `version` of the
// circle or role the change targets, as its author saw it (see TARGETS in apply.ts): a change made
// from an outdated view is refused. A circle's kind (pole, project...) is `circleKind`, since
// `kind` names the change itself.
import { z } from "zod";

const REF = /^ref:[a-z0-9][a-z0-9_-]{0,62}$/;

export const idOrRef = z.union([z.uuid({ error: "record.validation.invalidId" }), z.string().regex(REF)], {
  error: "record.validation.invalidId",
});
const refName = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, "record.validation.invalidRef");
const name = z.string().trim().min(1, "record.validation.required").max(120, "record.validation.tooLong");
const text = (max: number) => z.string().trim().max(max, "record.validation.tooLong");
const required = (max: number) => text(max).min(1, "record.validation.required");
const expectedVersion = z.number().int().min(1).optional();
const day = z.iso.date({ error: "record.validation.invalidDate" });
const circleKind = z.enum(["pole", "project", "support_function", "group"], { error: "record.validation.invalidKind" });

const shape = <K extends string, S extends z.ZodRawShape>(kind: K, fields: S) =>
  z.strictObject({ kind: z.literal(kind), ...fields });

export const circleCreate = shape("circle.create", {
  ref: refName.optional(), parentId: idOrRef, circleKind, name, purpose: text(2000).default(""), expectedVersion,
});
export const circleUpdate = shape("circle.update", {
  circleId: idOrRef, name: name.optional(), purpose: text(2000).optional(), circleKind: circleKind.optional(), expectedVersion,
});
export const circleMove = shape("circle.move", { circleId: idOrRef, parentId: idOrRef, expectedVersion });
export const circleArchive = shape("circle.archive", { circleId: idOrRef, expectedVersion });

const initialDomain = z.strictObject({ name, description: text(2000).default("") });
export const roleCreate = shape("role.create", {
  ref: refName.optional(), circleId: idOrRef, name, purpose: text(2000).default(""),
  accountabilities: z.array(required(500)).max(50).default([]),
  domains: z.array(initialDomain).max(20).default([]),
  expectedVersion,
});
export const roleUpdate = shape("role.update", { roleId: idOrRef, name: name.optional(), purpose: text(2000).optional(), expectedVersion });
export const roleMove = shape("role.move", { roleId: idOrRef, circleId: idOrRef, expectedVersion });
export const roleArchive = shape("role.archive", { roleId: idOrRef, expectedVersion });

export const accountabilityAdd = shape("accountability.add", {
  ref: refName.optional(), roleId: idOrRef, description: required(500), position: z.number().int().min(0).optional(), expectedVersion,
});
export const accountabilityUpdate = shape("accountability.update", { accountabilityId: idOrRef, description: required(500), expectedVersion });
export const accountabilityReorder = shape("accountability.reorder", {
  roleId: idOrRef, accountabilityIds: z.array(idOrRef).max(200), expectedVersion,
});
export const accountabilityRemove = shape("accountability.remove", { accountabilityId: idOrRef, expectedVersion });

export const domainAdd = shape("domain.add", {
  ref: refName.optional(), circleId: idOrRef, roleId: idOrRef.nullable().optional(), name, description: text(2000).default(""), expectedVersion,
});
/** `roleId`: another role of the same circle, or null to give the domain back to the circle. */
export const domainUpdate = shape("domain.update", {
  domainId: idOrRef, roleId: idOrRef.nullable().optional(), name: name.optional(), description: text(2000).optional(), expectedVersion,
});
export const domainRemove = shape("domain.remove", { domainId: idOrRef, expectedVersion });

export const policyAdd = shape("policy.add", {
  ref: refName.optional(), circleId: idOrRef, title: name, body: text(10000).default(""), expectedVersion,
});
export const policyUpdate = shape("policy.update", { policyId: idOrRef, title: name.optional(), body: text(10000).optional(), expectedVersion });
export const policyRemove = shape("policy.remove", { policyId: idOrRef, expectedVersion });

export const assignmentAdd = shape("assignment.add", {
  ref: refName.optional(), roleId: idOrRef, membershipId: z.uuid({ error: "record.validation.invalidId" }),
  focus: text(200).nullable().optional(), termEndsOn: day.nullable().optional(), expectedVersion,
});
export const assignmentUpdate = shape("assignment.update", {
  assignmentId: idOrRef, focus: text(200).nullable().optional(), termEndsOn: day.nullable().optional(), expectedVersion,
});
/** Ends the assignment (sets `endedAt`); the history stays. */
export const assignmentRemove = shape("assignment.remove", { assignmentId: idOrRef, expectedVersion });

export const changeSchema = z.discriminatedUnion("kind", [
  circleCreate, circleUpdate, circleMove, circleArchive,
  roleCreate, roleUpdate, roleMove, roleArchive,
  accountabilityAdd, accountabilityUpdate, accountabilityReorder, accountabilityRemove,
  domainAdd, domainUpdate, domainRemove,
  policyAdd, policyUpdate, policyRemove,
  assignmentAdd, assignmentUpdate, assignmentRemove,
]);

/** A change as written by a person or stored in a proposal (defaults not yet applied). */
export type ChangeInput = z.input<typeof changeSchema>;
/** A validated change, defaults applied. */
export type Change = z.output<typeof changeSchema>;
export type ChangeKind = Change["kind"];
export type ChangeOf<K extends ChangeKind> = Extract<Change, { kind: K }>;

export const CHANGE_KINDS = changeSchema.options.map((option) => option.shape.kind.value) as ChangeKind[];

export function isChangeKind(kind: unknown): kind is ChangeKind {
  return typeof kind === "string" && (CHANGE_KINDS as string[]).includes(kind);
}

/**
 * Parses a stored ProposalChange row (`kind` column + `payload` JSON without `kind`).
 * The row's kind wins over any `kind` key inside the payload.
 */
export function parseStoredChange(row: { kind: string; payload: unknown }) {
  const payload = typeof row.payload === "object" && row.payload !== null && !Array.isArray(row.payload) ? row.payload : {};
  return changeSchema.safeParse({ ...payload, kind: row.kind });
}

/** The row to store for a change: `kind` in its column, the rest in `payload`. */
export function toStoredChange(change: ChangeInput): { kind: ChangeKind; payload: Record<string, unknown> } {
  const { kind, ...payload } = change;
  return { kind, payload };
}
