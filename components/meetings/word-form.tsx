"use client";
// One participant's word in the check-in or closing round.
import { useActionState } from "react";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { buttonClass, FormStatus, inputClass } from "@/components/organizations/form-status";

type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState>; id: string; label: string; submit: string; current: string };

export function WordForm({ action, id, label, submit, current }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const value = state.status === "error" ? (state.values.text ?? "") : current;
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <label htmlFor={id} className="text-sm font-medium">{label}</label>
      <textarea id={id} name="text" rows={2} maxLength={1000} defaultValue={value} className={inputClass}
        aria-invalid={state.status === "error" && state.fieldErrors.text ? true : undefined} />
      {state.status === "error" && state.fieldErrors.text && <p className="text-sm text-red-800">{state.fieldErrors.text}</p>}
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>{submit}</button>
      <FormStatus state={state} />
    </form>
  );
}
