"use server";
// Server Actions of invitations: thin adapters around ./mutations.ts and ./accept.ts. The
// organisation always comes from the slug and the session (memberContextOrNull), never the form.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { getSessionUser } from "@/lib/auth/session";
import { type ActionState, failure, fieldErrors } from "@/lib/forms/action-state";
import { textField } from "@/lib/organizations/form-data";
import { consume } from "@/lib/rate-limit/consume";
import { smtpConfigured } from "@/lib/server/env";
import { acceptInvitation } from "./accept";
import type { InviteState } from "./invite-state";
import { EMAIL_INVITATIONS_PER_ADDRESS, EMAIL_INVITATIONS_PER_ORGANIZATION, keys } from "./limits";
import { createInvitation, revokeInvitation } from "./mutations";
import { createInvitationSchema } from "./schema";
import { writeRefusal } from "@/lib/rate-limit/writes";
import { memberWrite } from "@/lib/forms/member-write";

export async function createInvitationAction(slug: string, _previous: InviteState, formData: FormData): Promise<InviteState> {
  const t = await getTranslations();
  const gate = await memberWrite(slug, formData);
  if (!gate.ok) return gate.refused;
  const { context } = gate;

  const input = {
    delivery: textField(formData, "delivery"),
    email: textField(formData, "email"),
    permission: textField(formData, "permission"),
  };
  const parsed = createInvitationSchema.safeParse(input);
  if (!parsed.success) {
    return failure(t("common.errors.invalidInput"), formData, fieldErrors(parsed.error, (key) => t(key as never)));
  }
  if (parsed.data.delivery === "email" && smtpConfigured()) {
    const limited = await emailLimit(context.organization.id, parsed.data.email);
    if (limited) return failure(t("common.errors.tooManyRequests"), formData);
  }
  const result = await createInvitation(context, parsed.data, { emailEnabled: smtpConfigured() });
  if (!result.ok) {
    const messages = {
      forbidden: t("common.errors.forbidden"),
      invalid: t("common.errors.invalidInput"),
      emailUnavailable: t("members.invitations.errors.emailUnavailable"),
      alreadyMember: t("members.invitations.errors.alreadyMember"),
    };
    const fields = result.reason === "alreadyMember" ? { email: messages.alreadyMember } : undefined;
    return failure(messages[result.reason], formData, fields);
  }
  revalidatePath(`/o/${slug}/members`);
  if (result.delivery === "link") return { status: "linkCreated", url: result.url };
  return { status: "success", message: t("members.invitations.create.emailSent", { email: result.email }) };
}

/** Whether an invitation email must wait (per organisation, then per address). */
async function emailLimit(organizationId: string, email: string): Promise<boolean> {
  const perOrganization = await consume(keys.organization(organizationId), EMAIL_INVITATIONS_PER_ORGANIZATION);
  if (!perOrganization.ok) return true;
  return !(await consume(keys.address(email), EMAIL_INVITATIONS_PER_ADDRESS)).ok;
}

export async function revokeInvitationAction(slug: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations();
  const gate = await memberWrite(slug, formData);
  if (!gate.ok) return gate.refused;
  const { context } = gate;
  const result = await revokeInvitation(context, { invitationId: textField(formData, "invitationId") });
  if (!result.ok) {
    return failure(result.reason === "forbidden" ? t("common.errors.forbidden") : t("members.invitations.errors.notFound"), formData);
  }
  revalidatePath(`/o/${slug}/members`);
  return { status: "success", message: t("members.invitations.pending.revoked") };
}

export async function acceptInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations();
  const user = await getSessionUser();
  if (!user) return failure(t("common.errors.unauthenticated"), formData);
  const limited = await writeRefusal({ userId: user.id, organizationId: null }, formData);
  if (limited) return limited;
  const result = await acceptInvitation(user, textField(formData, "token"));
  if (!result.ok) {
    const message = result.reason === "emailMismatch" ? t("members.invitations.accept.emailMismatch") : t("members.invitations.accept.invalid");
    return failure(message, formData);
  }
  redirect(`/o/${result.slug}`);
}
