// The invitation email, in plain text and in the inviter's language (the invitee's is unknown).
import { createTranslator } from "next-intl";
import type { OrgPermission } from "@/lib/generated/prisma/enums";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";

export function invitationEmail(input: {
  locale: string;
  inviterName: string;
  organizationName: string;
  permission: OrgPermission;
  url: string;
}): { subject: string; text: string } {
  const locale = isLocale(input.locale) ? input.locale : defaultLocale;
  const t = createTranslator({ locale, messages: messages[locale] });
  const values = {
    inviter: input.inviterName,
    organization: input.organizationName,
    permission: t(`organizations.permissions.${input.permission}`),
    url: input.url,
  };
  return {
    subject: t("members.invitations.email.subject", values),
    text: t("members.invitations.email.body", values),
  };
}
