"use client";
// Removing a member (admins), behind a confirmation step that needs no JavaScript: the first
// click opens a <details> that explains the consequences, the second submits.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { dangerButtonClass, FormStatus } from "@/components/organizations/form-status";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function RemoveMemberForm({ action, membershipId, name }: { action: Action; membershipId: string; name: string }) {
  const t = useTranslations("members.remove");
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <div className="flex flex-col gap-1">
      <details>
        <summary className="cursor-pointer text-sm font-medium text-red-800 underline-offset-2 hover:underline">
          {t("summary")}
        </summary>
        <form action={formAction} className="mt-2 flex max-w-sm flex-col gap-2">
          <input type="hidden" name="membershipId" value={membershipId} />
          <p className="text-sm text-slate-700">{t("warning", { name })}</p>
          <button type="submit" disabled={pending} className={`${dangerButtonClass} self-start`}>
            {t("confirm", { name })}
          </button>
        </form>
      </details>
      <FormStatus state={state} />
    </div>
  );
}
