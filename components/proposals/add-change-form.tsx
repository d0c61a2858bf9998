"use client";
// The « add a change » form of one change kind. Its fields come from lib/proposals/change-form.ts;
// their choices (circles, roles, accountabilities, members...) are computed by the page from the
// current record and the change set. For a reordering, one position field per accountability.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import type { FieldSpec } from "@/lib/proposals/change-form";
import { buttonClass, FormStatus } from "@/components/organizations/form-status";
import { FormField } from "./form-field";

export type Option = { value: string; label: string };

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  kind: string;
  kindLabel: string;
  version: number;
  fields: (FieldSpec & { options?: Option[]; value?: string })[];
  /** For accountability.reorder: the chosen role's accountabilities, in their current order. */
  order?: { id: string; label: string }[];
};

export function AddChangeForm({ action, kind, kindLabel, version, fields, order }: Props) {
  const t = useTranslations("proposals");
  const [state, formAction, pending] = useActionState(action, idle);
  const error = state.status === "error" ? state : null;
  const values = error?.values ?? {};
  return (
    <form action={formAction} aria-label={kindLabel} className="flex max-w-2xl flex-col gap-3">
      <FormStatus state={state} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="version" value={version} />
      {fields.map((field) => {
        const id = `change-${field.name}`;
        const hint = field.optional ? t("edit.keepHint") : field.type === "lines" ? t("edit.linesHint") : undefined;
        return (
          <FormField
            key={field.name}
            id={id}
            name={field.name}
            label={t(`fields.${field.name}` as never)}
            options={field.options}
            multiline={field.type === "textarea" || field.type === "lines"}
            type={field.type === "date" ? "date" : "text"}
            defaultValue={values[field.name] ?? field.value ?? ""}
            error={error?.fieldErrors[field.name] ?? (field.name === "roleId" ? error?.fieldErrors.accountabilityIds : undefined)}
            hint={hint}
          />
        );
      })}
      {order && (
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium">{t("edit.newOrder")}</legend>
          {order.map((item, index) => (
            <div key={item.id} className="flex items-center gap-2">
              <input
                id={`position-${item.id}`} name={`position.${item.id}`} type="number" min={1} defaultValue={values[`position.${item.id}`] ?? index + 1}
                className="w-20 rounded-md border border-slate-500 px-2 py-1 text-sm"
              />
              <label htmlFor={`position-${item.id}`} className="text-sm">{item.label}</label>
            </div>
          ))}
        </fieldset>
      )}
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>{t("edit.addSubmit")}</button>
    </form>
  );
}
