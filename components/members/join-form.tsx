"use client";
// "Join" on the invitation page. The token travels back in a hidden field: it is the visitor's
// own link, and the action checks everything again.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idle } from "@/lib/forms/action-state";
import { acceptInvitationAction } from "@/lib/invitations/actions";
import { buttonClass, FormStatus } from "@/components/organizations/form-status";

export function JoinForm({ token }: { token: string }) {
  const t = useTranslations("members.invitations.accept");
  const [state, formAction, pending] = useActionState(acceptInvitationAction, idle);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>
        {t("join")}
      </button>
    </form>
  );
}
