"use client";
// Opening a consent round on the current version: asynchronous with a deadline (the circle's
// default unless another is chosen), or held in a meeting (closed by the facilitator).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { buttonClass, FormStatus, inputClass } from "@/components/organizations/form-status";

type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState>; defaultHours: number; version: number };

export function OpenRoundForm({ action, defaultHours, version }: Props) {
  const t = useTranslations("rounds.open");
  const [state, formAction, pending] = useActionState(action, idle);
  const values = state.status === "error" ? state.values : {};
  const error = state.status === "error" ? state.fieldErrors.deadlineHours : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <p className="text-sm">{t("explain", { version })}</p>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium">{t("mode")}</legend>
        {(["asynchronous", "meeting"] as const).map((mode) => (
          <div key={mode} className="flex items-center gap-2">
            <input type="radio" id={`open-${mode}`} name="mode" value={mode} defaultChecked={(values.mode ?? "asynchronous") === mode} />
            <label htmlFor={`open-${mode}`} className="text-sm">{t(mode)}</label>
          </div>
        ))}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="open-deadline" className="text-sm font-medium">{t("deadlineHours")}</label>
        <input id="open-deadline" name="deadlineHours" type="number" min={1} inputMode="numeric" defaultValue={values.deadlineHours ?? ""} placeholder={String(defaultHours)}
          aria-invalid={error ? true : undefined} aria-describedby={`open-deadline-hint${error ? " open-deadline-error" : ""}`} className={`${inputClass} max-w-40`} />
        <p id="open-deadline-hint" className="text-sm text-slate-600">{t("deadlineHint", { hours: defaultHours })}</p>
        {error && <p id="open-deadline-error" className="text-sm text-red-800">{error}</p>}
      </div>
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>{t("submit")}</button>
      <FormStatus state={state} />
    </form>
  );
}
