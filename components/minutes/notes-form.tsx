"use client";
// The secretary's notes of the minutes (Markdown), for the secretary and the facilitator once the
// meeting is closed. What was typed comes back if the save is refused; works before JavaScript.
// Its words come translated from the page (no client messages to ship for three strings).
import { useActionState } from "react";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { buttonClass, FormStatus, inputClass } from "@/components/organizations/form-status";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  notes: string;
  words: { label: string; hint: string; save: string };
};

export function MinutesNotesForm({ action, notes, words }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const error = state.status === "error" ? state : null;
  const fieldError = error?.fieldErrors.notes;
  return (
    <form action={formAction} className="flex flex-col gap-2 print:hidden">
      <label htmlFor="minutes-notes-field" className="text-sm font-medium">{words.label}</label>
      <textarea
        id="minutes-notes-field" name="notes" rows={10} defaultValue={error?.values.notes ?? notes} maxLength={50_000}
        aria-invalid={fieldError ? true : undefined}
        aria-describedby={fieldError ? "minutes-notes-field-hint minutes-notes-field-error" : "minutes-notes-field-hint"}
        className={`${inputClass} font-mono`}
      />
      <p id="minutes-notes-field-hint" className="text-sm text-slate-600">{words.hint}</p>
      {fieldError && <p id="minutes-notes-field-error" className="text-sm text-red-800">{fieldError}</p>}
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>{words.save}</button>
      <FormStatus state={state} />
    </form>
  );
}
