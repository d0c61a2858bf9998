// A labelled field with its error linked by aria-describedby: the one way the proposal forms draw one.
import { inputClass } from "@/components/organizations/form-status";

type Props = {
  id: string; name: string; label: string; error?: string; hint?: string; defaultValue?: string;
  multiline?: boolean; type?: string; required?: boolean;
  options?: { value: string; label: string }[];
};

export function FormField({ id, name, label, error, hint, defaultValue = "", multiline, type = "text", required, options }: Props) {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  const common = { id, name, defaultValue, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy, className: inputClass, required };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">{label}</label>
      {options ? (
        <select {...common}>
          {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
        </select>
      ) : multiline ? (
        <textarea {...common} rows={4} />
      ) : (
        <input {...common} type={type} />
      )}
      {error && <p id={`${id}-error`} className="text-sm text-red-800">{error}</p>}
      {hint && <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p>}
    </div>
  );
}
