// The general circle is named in its creator's language when the organisation is created; it is an
// ordinary name afterwards, which the organisation may change.
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";

export function generalCircleName(locale: string): string {
  return messages[isLocale(locale) ? locale : defaultLocale].organizations.generalCircleName;
}
