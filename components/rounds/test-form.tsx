"use client";
// The facilitator's test of an objection (consent.md §3): each criterion the objector argued, then
// the verdict (which must follow from them: the machine refuses an inconsistent one) and a note.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { buttonClass, FormStatus, inputClass } from "@/components/organizations/form-status";

const CRITERIA = ["reducesCapacity", "createdByProposal", "notSafeToTry", "limitsObjectorRole", "breaksRules"] as const;

type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState>; objectionId: string; objector: string };

export function TestObjectionForm({ action, objectionId, objector }: Props) {
  const t = useTranslations("rounds.test");
  const tc = useTranslations("rounds.criteria");
  const [state, formAction, pending] = useActionState(action, idle);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  const id = (name: string) => `test-${objectionId}-${name}`;
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded border border-slate-300 p-3">
      <input type="hidden" name="objectionId" value={objectionId} />
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium">{t("criteria", { name: objector })}</legend>
        {CRITERIA.map((c) => (
          <div key={c} className="flex items-start gap-2">
            <input type="checkbox" id={id(c)} name={c} defaultChecked={values[c] === "on"} className="mt-1" />
            <label htmlFor={id(c)} className="text-sm">{tc(c)}</label>
          </div>
        ))}
      </fieldset>
      <fieldset className="flex flex-col gap-1" aria-describedby={errors.verdict ? id("verdict-error") : undefined}>
        <legend className="text-sm font-medium">{t("verdict")}</legend>
        {(["valid", "not_valid", "withdrawn"] as const).map((v) => (
          <div key={v} className="flex items-center gap-2">
            <input type="radio" id={id(v)} name="verdict" value={v} defaultChecked={values.verdict === v} />
            <label htmlFor={id(v)} className="text-sm">{t(`verdicts.${v}`)}</label>
          </div>
        ))}
        {errors.verdict && <p id={id("verdict-error")} className="text-sm text-red-800">{errors.verdict}</p>}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor={id("note")} className="text-sm font-medium">{t("note")}</label>
        <textarea id={id("note")} name="note" rows={2} defaultValue={values.note ?? ""} className={inputClass} />
      </div>
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>{t("submit")}</button>
      <FormStatus state={state} />
    </form>
  );
}
