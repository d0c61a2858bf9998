"use client";
// Choosing how the governance record may change (admins): two radio buttons, each with what it
// means. Labels come translated from the server page.
import { useActionState } from "react";
import { type ActionState, idle } from "@/lib/forms/action-state";
import type { GovernanceEditMode } from "@/lib/generated/prisma/enums";
import { buttonClass, FormStatus } from "@/components/organizations/form-status";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
export type ModeChoice = { value: GovernanceEditMode; label: string; hint: string };

export function GovernanceModeForm({ action, current, legend, choices, submit }: { action: Action; current: GovernanceEditMode; legend: string; choices: readonly ModeChoice[]; submit: string }) {
  const [state, formAction, pending] = useActionState(action, idle);
  const chosen = (state.status === "error" ? state.values.mode : undefined) ?? current;
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4">
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 font-medium text-slate-900">{legend}</legend>
        {choices.map((choice) => (
          <div key={choice.value} className="flex items-start gap-3">
            <input
              id={`mode-${choice.value}`}
              type="radio"
              name="mode"
              value={choice.value}
              defaultChecked={chosen === choice.value}
              aria-describedby={`mode-${choice.value}-hint`}
              className="mt-1.5"
            />
            <div className="flex flex-col gap-1">
              <label htmlFor={`mode-${choice.value}`} className="font-medium text-slate-900">
                {choice.label}
              </label>
              <p id={`mode-${choice.value}-hint`} className="text-sm text-slate-700">
                {choice.hint}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass}>
          {submit}
        </button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
