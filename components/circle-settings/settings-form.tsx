"use client";
// The circle's process settings (consent.md §4): abstention, absentee policy A/B/C with what each
// means, quorum, default deadline, review period, who tests objections. Works without JavaScript;
// a refused form keeps what was typed.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ProcessSettings } from "@/lib/consent/types";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { buttonClass, FormStatus, inputClass } from "@/components/organizations/form-status";

type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState>; values: ProcessSettings; seenAt: string };

export function SettingsForm({ action, values, seenAt }: Props) {
  const t = useTranslations("rounds.settings");
  const [state, formAction, pending] = useActionState(action, idle);
  const typed = state.status === "error" ? state.values : null;
  const errors = state.status === "error" ? state.fieldErrors : {};
  const value = (name: keyof ProcessSettings) => typed?.[name] ?? String(values[name] ?? "");
  const number = (name: "quorumPercent" | "defaultDeadlineHours" | "reviewPeriodDays", hint: string) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`settings-${name}`} className="text-sm font-medium">{t(name)}</label>
      <input id={`settings-${name}`} name={name} type="number" inputMode="numeric" defaultValue={value(name)} className={`${inputClass} max-w-40`}
        aria-invalid={errors[name] ? true : undefined} aria-describedby={`settings-${name}-hint${errors[name] ? ` settings-${name}-error` : ""}`} />
      <p id={`settings-${name}-hint`} className="text-sm text-slate-600">{hint}</p>
      {errors[name] && <p id={`settings-${name}-error`} className="text-sm text-red-800">{errors[name]}</p>}
    </div>
  );
  return (
    <form action={formAction} className="flex flex-col gap-5">
      <input type="hidden" name="seenAt" value={seenAt} />
      <div className="flex items-start gap-2">
        <input type="checkbox" id="settings-abstention" name="abstentionAllowed" defaultChecked={typed ? typed.abstentionAllowed === "on" : values.abstentionAllowed} className="mt-1" aria-describedby="settings-abstention-hint" />
        <div className="flex flex-col">
          <label htmlFor="settings-abstention" className="text-sm font-medium">{t("abstentionAllowed")}</label>
          <p id="settings-abstention-hint" className="text-sm text-slate-600">{t("abstentionHint")}</p>
        </div>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">{t("absenteeLegend")}</legend>
        {(["silence_is_consent", "wait_for_all", "input_beforehand"] as const).map((policy) => (
          <div key={policy} className="flex items-start gap-2">
            <input type="radio" id={`settings-${policy}`} name="absenteePolicy" value={policy} defaultChecked={value("absenteePolicy") === policy} className="mt-1" aria-describedby={`settings-${policy}-hint`} />
            <div className="flex flex-col">
              <label htmlFor={`settings-${policy}`} className="text-sm font-medium">{t(`policies.${policy}.label`)}</label>
              <p id={`settings-${policy}-hint`} className="text-sm text-slate-600">{t(`policies.${policy}.hint`)}</p>
            </div>
          </div>
        ))}
      </fieldset>
      {number("quorumPercent", t("quorumHint"))}
      {number("defaultDeadlineHours", t("deadlineHint"))}
      {number("reviewPeriodDays", t("reviewHint"))}
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium">{t("testerLegend")}</legend>
        {(["facilitator", "facilitator_or_lead_link"] as const).map((tester) => (
          <div key={tester} className="flex items-center gap-2">
            <input type="radio" id={`settings-${tester}`} name="objectionTester" value={tester} defaultChecked={value("objectionTester") === tester} />
            <label htmlFor={`settings-${tester}`} className="text-sm">{t(`testers.${tester}`)}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>{t("submit")}</button>
      <FormStatus state={state} />
    </form>
  );
}
