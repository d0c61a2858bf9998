// A labelled field of a direct-edit form, with its hint and its error linked by aria-describedby.
// `value` is what the person typed when the form was refused: it wins over the record's value.
import { inputClass } from "@/components/organizations/form-status";

export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "textarea" | "select" | "date";
  defaultValue?: string;
  options?: readonly { value: string; label: string }[];
  hint?: string;
  required?: boolean;
  maxLength?: number;
  rows?: number;
};

export function FormField({ formId, field, value, error }: { formId: string; field: FieldSpec; value?: string; error?: string }) {
  const id = `${formId}-${field.name}`;
  const describedBy = [error ? `${id}-error` : null, field.hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: field.name,
    defaultValue: value ?? field.defaultValue ?? "",
    required: field.required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    className: `${inputClass} w-full`,
  };
  return (
    <div className="flex min-w-48 flex-1 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-900">
        {field.label}
      </label>
      {field.type === "textarea" ? (
        <textarea {...common} rows={field.rows ?? 3} maxLength={field.maxLength} />
      ) : field.type === "select" ? (
        <select {...common}>
          {(field.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} type={field.type === "date" ? "date" : "text"} maxLength={field.maxLength} autoComplete="off" />
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      {field.hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {field.hint}
        </p>
      )}
    </div>
  );
}
