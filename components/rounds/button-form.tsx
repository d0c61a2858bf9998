"use client";
// A form that is one button (advance, close the round, escalate, withdraw, confirm an integration…)
// with its outcome announced next to it. Works before JavaScript loads.
import { useActionState } from "react";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { FormStatus, secondaryButtonClass } from "@/components/organizations/form-status";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  hidden?: Record<string, string>;
  className?: string;
};

export function ButtonForm({ action, label, hidden = {}, className = secondaryButtonClass }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-col gap-1">
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <button type="submit" disabled={pending} className={`${className} self-start`}>{label}</button>
      <FormStatus state={state} />
    </form>
  );
}
