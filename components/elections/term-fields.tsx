"use client";
// The term and criteria of an election, shared by the form that adds one and the facilitator's
// form that states them before the nominations open.
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/organizations/form-status";
import { Field } from "./field";

type Props = { idPrefix: string; values: Record<string, string>; errors: Record<string, string> };

export function TermFields({ idPrefix, values, errors }: Props) {
  const t = useTranslations("elections.forms.add");
  return (
    <>
      <Field id={`${idPrefix}-term`} label={t("term")} hint={t("termHint")} error={errors.termEndsOn}>
        <input name="termEndsOn" type="date" defaultValue={values.termEndsOn ?? ""} className={`${inputClass} max-w-48`} />
      </Field>
      <Field id={`${idPrefix}-criteria`} label={t("criteria")} hint={t("criteriaHint")} error={errors.criteria}>
        <textarea name="criteria" rows={3} maxLength={2000} defaultValue={values.criteria ?? ""} className={inputClass} />
      </Field>
    </>
  );
}
