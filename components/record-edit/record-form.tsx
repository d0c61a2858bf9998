"use client";
// One small form of the direct-edit pages, described as data by a server component (labels
// already translated): its hidden fields (the change's kind, ids, the version as rendered), its
// visible fields and its buttons. It works before JavaScript loads; once loaded, the outcome shows
// without a reload. A refused form keeps what was typed and puts each error next to its field.
import { useActionState } from "react";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { buttonClass, dangerButtonClass, secondaryButtonClass } from "@/components/organizations/form-status";
import { FormField, type FieldSpec } from "./form-field";

export type { FieldSpec };
export type ButtonSpec = {
  label: string;
  /** A fuller name for assistive technologies when the label alone is ambiguous (it starts with the label). */
  accessibleName?: string;
  name?: string;
  value?: string;
  variant?: "primary" | "secondary" | "danger";
};

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const variants = { primary: `${buttonClass} text-sm`, secondary: secondaryButtonClass, danger: dangerButtonClass };

type Props = {
  action: Action;
  /** Unique on the page: prefixes the fields' ids. */
  id: string;
  hidden: Record<string, string | number | readonly string[]>;
  fields?: readonly FieldSpec[];
  buttons: readonly ButtonSpec[];
  inline?: boolean;
};

export function RecordForm({ action, id, hidden, fields = [], buttons, inline = false }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const error = state.status === "error" ? state : null;
  const shown = new Set(fields.map((field) => field.name));
  // A refusal about one shown field is read out at the top and shown next to the field.
  const besideField = error !== null && Object.entries(error.fieldErrors).some(([name, text]) => shown.has(name) && text === error.message);
  return (
    <form action={formAction} className={inline ? "flex flex-wrap items-end gap-2" : "flex max-w-2xl flex-col gap-3"} noValidate>
      {Object.entries(hidden).flatMap(([name, value]) =>
        (Array.isArray(value) ? value : [String(value)]).map((item, index) => <input key={`${name}-${index}`} type="hidden" name={name} value={item} />),
      )}
      {error && (
        <p role="alert" className={besideField ? "sr-only" : "text-sm font-medium text-red-800"}>
          {error.message}
        </p>
      )}
      {fields.map((field) => (
        <FormField key={field.name} formId={id} field={field} value={error?.values[field.name]} error={error?.fieldErrors[field.name]} />
      ))}
      <div className="flex flex-wrap items-center gap-2">
        {buttons.map((button) => (
          <button
            key={`${button.name ?? ""}-${button.value ?? button.label}`}
            type="submit"
            name={button.name}
            value={button.value}
            aria-label={button.accessibleName}
            disabled={pending}
            className={variants[button.variant ?? "primary"]}
          >
            {button.label}
          </button>
        ))}
        {state.status === "success" && state.message && (
          <p role="status" className="text-sm font-medium text-green-800">
            {state.message}
          </p>
        )}
      </div>
    </form>
  );
}
