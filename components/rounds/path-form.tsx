"use client";
// Entering the process (submit a draft) or taking an escalated proposal up again (resume): the full
// path (presentation, questions, reactions) or the light one (straight to the consent round).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { buttonClass, FormStatus } from "@/components/organizations/form-status";

type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState>; id: string; submitLabel: string };

export function PathForm({ action, id, submitLabel }: Props) {
  const t = useTranslations("rounds.path");
  const [state, formAction, pending] = useActionState(action, idle);
  const chosen = state.status === "error" ? state.values.path : "full";
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium">{t("legend")}</legend>
        {(["full", "light"] as const).map((path) => (
          <div key={path} className="flex items-start gap-2">
            <input type="radio" id={`${id}-${path}`} name="path" value={path} defaultChecked={chosen === path} className="mt-1" />
            <label htmlFor={`${id}-${path}`} className="text-sm"><span className="font-medium">{t(`${path}.label`)}</span> — {t(`${path}.hint`)}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>{submitLabel}</button>
      <FormStatus state={state} />
    </form>
  );
}
