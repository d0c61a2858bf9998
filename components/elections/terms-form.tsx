"use client";
// The facilitator states the term and criteria of an election, until the nominations open.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { FormStatus, secondaryButtonClass } from "@/components/organizations/form-status";
import { TermFields } from "./term-fields";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  idPrefix: string;
  current: { termEndsOn: string; criteria: string };
};

export function TermsForm({ action, idPrefix, current }: Props) {
  const t = useTranslations("elections.forms.terms");
  const [state, formAction, pending] = useActionState(action, idle);
  const values = state.status === "error" ? state.values : current;
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={formAction} aria-label={t("submit")} className="flex flex-col gap-3">
      <TermFields idPrefix={idPrefix} values={values} errors={errors} />
      <button type="submit" disabled={pending} className={`${secondaryButtonClass} self-start`}>{t("submit")}</button>
      <FormStatus state={state} />
    </form>
  );
}
