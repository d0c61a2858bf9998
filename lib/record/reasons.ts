// Why the record refuses a change. Every refusal the engine returns is one of these codes, each
// with a message in messages/<locale>/record.json; a raw database message never reaches a person.
export const REFUSAL_REASONS = [
  "invalid",
  "not_found",
  "outdated",
  "forbidden",
  "archived",
  "cycle",
  "name_taken",
  "domain_taken",
  "has_active_children",
  "core_role",
  "general_circle",
  "role_not_in_circle",
  "invalid_order",
  "member_inactive",
  "already_assigned",
  "term_in_past",
  "unknown_ref",
  "duplicate_ref",
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number];

const keys: Record<RefusalReason, string> = {
  invalid: "record.reasons.invalid",
  not_found: "record.reasons.notFound",
  outdated: "record.reasons.outdated",
  forbidden: "record.reasons.forbidden",
  archived: "record.reasons.archived",
  cycle: "record.reasons.cycle",
  name_taken: "record.reasons.nameTaken",
  domain_taken: "record.reasons.domainTaken",
  has_active_children: "record.reasons.hasActiveChildren",
  core_role: "record.reasons.coreRole",
  general_circle: "record.reasons.generalCircle",
  role_not_in_circle: "record.reasons.roleNotInCircle",
  invalid_order: "record.reasons.invalidOrder",
  member_inactive: "record.reasons.memberInactive",
  already_assigned: "record.reasons.alreadyAssigned",
  term_in_past: "record.reasons.termInPast",
  unknown_ref: "record.reasons.unknownRef",
  duplicate_ref: "record.reasons.duplicateRef",
};

/** The i18n key (namespace-qualified, e.g. "record.reasons.cycle") explaining a refusal. */
export function reasonMessageKey(reason: RefusalReason): string {
  return keys[reason];
}
