"use client";
// The facilitator proposes one of the nominated (the strongest support first), which opens the
// consent round of the meeting.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { buttonClass, FormStatus, inputClass } from "@/components/organizations/form-status";
import { Field } from "./field";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  idPrefix: string;
  /** The nominees, strongest support first, with their count already in `label`. */
  nominees: { membershipId: string; label: string }[];
};

export function ProposeForm({ action, idPrefix, nominees }: Props) {
  const t = useTranslations("elections.forms.propose");
  const [state, formAction, pending] = useActionState(action, idle);
  const values = state.status === "error" ? state.values : { nomineeMembershipId: nominees[0]?.membershipId ?? "" };
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={formAction} aria-label={t("submit")} className="flex flex-col gap-3">
      <Field id={`${idPrefix}-proposed`} label={t("nominee")} error={errors.nomineeMembershipId}>
        <select name="nomineeMembershipId" required defaultValue={values.nomineeMembershipId ?? ""} className={inputClass}>
          {nominees.map((n) => <option key={n.membershipId} value={n.membershipId}>{n.label}</option>)}
        </select>
      </Field>
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>{t("submit")}</button>
      <FormStatus state={state} />
    </form>
  );
}
