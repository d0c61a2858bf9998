"use client";
// Revoking a pending invitation (admins). The button's accessible name says whose invitation.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { FormStatus, secondaryButtonClass } from "@/components/organizations/form-status";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function RevokeInvitationForm({ action, invitationId, recipient }: { action: Action; invitationId: string; recipient: string }) {
  const t = useTranslations("members.invitations.pending");
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="invitationId" value={invitationId} />
      <button type="submit" disabled={pending} aria-label={t("revokeLabel", { recipient })} className={`${secondaryButtonClass} self-start`}>
        {t("revoke")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
