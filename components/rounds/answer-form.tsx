"use client";
// A participant's answer (consent.md §2, step 5): consent, objection with its reasons, or abstention
// where the circle allows it. Until the round closes, sending it again replaces the previous one.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { buttonClass, FormStatus, inputClass } from "@/components/organizations/form-status";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  abstentionAllowed: boolean;
  current: { kind: string; reason: string } | null;
};

export function AnswerForm({ action, abstentionAllowed, current }: Props) {
  const t = useTranslations("rounds.answer");
  const [state, formAction, pending] = useActionState(action, idle);
  const values = state.status === "error" ? state.values : { kind: current?.kind ?? "", reason: current?.reason ?? "" };
  const errors = state.status === "error" ? state.fieldErrors : {};
  const kinds = abstentionAllowed ? (["consent", "objection", "abstention"] as const) : (["consent", "objection"] as const);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <fieldset className="flex flex-col gap-1" aria-describedby={errors.kind ? "answer-kind-error" : undefined}>
        <legend className="text-sm font-medium">{t(current ? "changeLegend" : "legend")}</legend>
        {kinds.map((kind) => (
          <div key={kind} className="flex items-start gap-2">
            <input type="radio" id={`answer-${kind}`} name="kind" value={kind} defaultChecked={values.kind === kind} className="mt-1" />
            <label htmlFor={`answer-${kind}`} className="text-sm"><span className="font-medium">{t(`kinds.${kind}`)}</span> — {t(`hints.${kind}`)}</label>
          </div>
        ))}
        {errors.kind && <p id="answer-kind-error" className="text-sm text-red-800">{errors.kind}</p>}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="answer-reason" className="text-sm font-medium">{t("reason")}</label>
        <textarea id="answer-reason" name="reason" rows={3} defaultValue={values.reason} aria-invalid={errors.reason ? true : undefined}
          aria-describedby={`answer-reason-hint${errors.reason ? " answer-reason-error" : ""}`} className={inputClass} />
        <p id="answer-reason-hint" className="text-sm text-slate-600">{t("reasonHint")}</p>
        {errors.reason && <p id="answer-reason-error" className="text-sm text-red-800">{errors.reason}</p>}
      </div>
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>{t(current ? "change" : "submit")}</button>
      <FormStatus state={state} />
    </form>
  );
}
