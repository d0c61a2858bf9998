"use client";
// The proposer withdraws a draft.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { dangerButtonClass, FormStatus } from "@/components/organizations/form-status";

export function WithdrawForm({ action }: { action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  const t = useTranslations("proposals.withdraw");
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormStatus state={state} />
      <button type="submit" disabled={pending} className={`${dangerButtonClass} self-start`}>{t("submit")}</button>
    </form>
  );
}
