"use client";
// The facilitator starts the round timer for some minutes.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { FormStatus, inputClass, secondaryButtonClass } from "@/components/organizations/form-status";

export function TimerForm({ action }: { action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  const t = useTranslations("meetings.timer");
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor="timer-minutes" className="text-sm font-medium">{t("minutes")}</label>
        <input id="timer-minutes" name="minutes" type="number" min={1} max={120} defaultValue={state.status === "error" ? state.values.minutes : "3"} className={`${inputClass} w-24`} />
      </div>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>{t("start")}</button>
      <FormStatus state={state} />
    </form>
  );
}
