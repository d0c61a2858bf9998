"use client";
// The proposer's amendment for integration: a new version (same change set — edit it first in the
// editor if it must change — and new texts) that integrates the objections ticked here.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { buttonClass, FormStatus, inputClass } from "@/components/organizations/form-status";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  version: number;
  text: { title: string; reasons: string; body: string };
  objections: { id: string; label: string }[];
};

export function AmendForm({ action, version, text, objections }: Props) {
  const t = useTranslations("rounds.amend");
  const [state, formAction, pending] = useActionState(action, idle);
  const values = state.status === "error" ? state.values : text;
  const errors = state.status === "error" ? state.fieldErrors : {};
  const field = (name: "title" | "reasons" | "body", rows?: number) => {
    const error = errors[name];
    const common = { id: `amend-${name}`, name, defaultValue: values[name] ?? "", className: inputClass, "aria-invalid": error ? true : undefined, "aria-describedby": error ? `amend-${name}-error` : undefined };
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={`amend-${name}`} className="text-sm font-medium">{t(name === "title" ? "fieldTitle" : name)}</label>
        {rows ? <textarea {...common} rows={rows} /> : <input {...common} type="text" />}
        {error && <p id={`amend-${name}-error`} className="text-sm text-red-800">{error}</p>}
      </div>
    );
  };
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="version" value={version} />
      <p className="text-sm">{t("explain", { version, next: version + 1 })}</p>
      <fieldset className="flex flex-col gap-1" aria-describedby={errors.addresses ? "amend-addresses-error" : undefined}>
        <legend className="text-sm font-medium">{t("addresses")}</legend>
        {objections.map((o) => (
          <div key={o.id} className="flex items-start gap-2">
            <input type="checkbox" id={`amend-${o.id}`} name="addresses" value={o.id} defaultChecked={state.status !== "error" || state.values.addresses === o.id} className="mt-1" />
            <label htmlFor={`amend-${o.id}`} className="text-sm">{o.label}</label>
          </div>
        ))}
        {errors.addresses && <p id="amend-addresses-error" className="text-sm text-red-800">{errors.addresses}</p>}
      </fieldset>
      {field("title")}
      {field("reasons", 4)}
      {field("body", 3)}
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>{t("submit")}</button>
      <FormStatus state={state} />
    </form>
  );
}
