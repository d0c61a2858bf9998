"use client";
// The secretary's notes of the minutes (Markdown), for the secretary and the facilitator once the
// meeting is closed. What was typed comes back if the save is refused; works before JavaScript.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { buttonClass, FormStatus, inputClass } from "@/components/organizations/form-status";

type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState>; notes: string };

export function MinutesNotesForm({ action, notes }: Props) {
  const t = useTranslations("minutes.notes");
  const [state, formAction, pending] = useActionState(action, idle);
  const error = state.status === "error" ? state : null;
  const fieldError = error?.fieldErrors.notes;
  return (
    <form action={formAction} className="flex flex-col gap-2 print:hidden">
      <label htmlFor="minutes-notes" className="text-sm font-medium">{t("label")}</label>
      <textarea
        id="minutes-notes" name="notes" rows={10} defaultValue={error?.values.notes ?? notes} maxLength={50_000}
        aria-invalid={fieldError ? true : undefined}
        aria-describedby={fieldError ? "minutes-notes-hint minutes-notes-error" : "minutes-notes-hint"}
        className={`${inputClass} font-mono`}
      />
      <p id="minutes-notes-hint" className="text-sm text-slate-600">{t("hint")}</p>
      {fieldError && <p id="minutes-notes-error" className="text-sm text-red-800">{fieldError}</p>}
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>{t("save")}</button>
      <FormStatus state={state} />
    </form>
  );
}
