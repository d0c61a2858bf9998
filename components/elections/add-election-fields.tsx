"use client";
// Adding an election to the agenda: the role to fill, its term and criteria (consent.md §6).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { buttonClass, FormStatus, inputClass } from "@/components/organizations/form-status";
import { Field } from "./field";
import { TermFields } from "./term-fields";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  roles: { id: string; name: string }[];
  idPrefix: string;
};

export function AddElectionFields({ action, roles, idPrefix }: Props) {
  const t = useTranslations("elections.forms.add");
  const [state, formAction, pending] = useActionState(action, idle);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  if (roles.length === 0) return <p className="text-sm text-slate-700">{t("noRoles")}</p>;
  return (
    <form action={formAction} aria-labelledby={`${idPrefix}-title`} className="flex flex-col gap-3">
      <h3 id={`${idPrefix}-title`} className="font-semibold">{t("title")}</h3>
      <Field id={`${idPrefix}-role`} label={t("role")} error={errors.roleId}>
        <select name="roleId" required defaultValue={values.roleId ?? ""} className={inputClass}>
          <option value="" disabled>{t("chooseRole")}</option>
          {roles.map((role) => <option key={role.id} value={role.id}>{role.name}</option>)}
        </select>
      </Field>
      <TermFields idPrefix={idPrefix} values={values} errors={errors} />
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>{t("submit")}</button>
      <FormStatus state={state} />
    </form>
  );
}
