"use client";
// A participant's nomination (consent.md §6): exactly one person, with a reason. Sending it again
// replaces the previous one, during the nominations and the change round.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { buttonClass, FormStatus, inputClass } from "@/components/organizations/form-status";
import { Field } from "./field";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  idPrefix: string;
  members: { membershipId: string; name: string }[];
  current: { nomineeMembershipId: string; reason: string } | null;
};

export function NominateForm({ action, idPrefix, members, current }: Props) {
  const t = useTranslations("elections.forms.nominate");
  const [state, formAction, pending] = useActionState(action, idle);
  const values = state.status === "error" ? state.values : { nomineeMembershipId: current?.nomineeMembershipId ?? "", reason: current?.reason ?? "" };
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={formAction} aria-labelledby={`${idPrefix}-legend`} className="flex flex-col gap-3">
      <h4 id={`${idPrefix}-legend`} className="font-semibold">{t("legend")}</h4>
      <Field id={`${idPrefix}-nominee`} label={t("nominee")} error={errors.nomineeMembershipId}>
        <select name="nomineeMembershipId" required defaultValue={values.nomineeMembershipId ?? ""} className={inputClass}>
          <option value="" disabled>{t("choose")}</option>
          {members.map((m) => <option key={m.membershipId} value={m.membershipId}>{m.name}</option>)}
        </select>
      </Field>
      <Field id={`${idPrefix}-reason`} label={t("reason")} hint={t("reasonHint")} error={errors.reason}>
        <textarea name="reason" rows={3} required maxLength={1000} defaultValue={values.reason ?? ""} className={inputClass} />
      </Field>
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>{t(current ? "change" : "submit")}</button>
      <FormStatus state={state} />
    </form>
  );
}
