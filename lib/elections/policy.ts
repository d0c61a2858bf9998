// Which roles are elected (consent.md §6, glossary: "Facilitator, secretary … Elected"). As in
// Holacracy, the facilitator, the secretary and the rep link are elected by the circle; the lead
// link is appointed by the super-circle, so no election is held for it. Ordinary roles may be
// filled by election too (sociocracy elects any role), so they are offered as well.
import type { CoreRole } from "@/lib/generated/prisma/enums";

export const ELECTED_CORE_ROLES: readonly CoreRole[] = ["facilitator", "secretary", "rep_link"];

export function isElectedRole(coreRole: CoreRole | null): boolean {
  return coreRole === null || ELECTED_CORE_ROLES.includes(coreRole);
}

/** The same rule as a Prisma `where` on Role (NULL is not matched by `in`, hence the OR). */
export const ELECTED_ROLE_WHERE = { OR: [{ coreRole: null }, { coreRole: { in: [...ELECTED_CORE_ROLES] } }] };
