// The names given to the four core roles of a new circle. They are stored (the record is one
// shared text, not translated per reader), so the caller passes names in the organisation's
// language (`coreRoleNames(locale)`); without them the French names are used, French being the
// product's first language.
import type { CoreRole } from "@/lib/generated/prisma/enums";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";

export function coreRoleNames(locale: string = defaultLocale): Record<CoreRole, string> {
  return { ...messages[isLocale(locale) ? locale : defaultLocale].record.coreRoles };
}
