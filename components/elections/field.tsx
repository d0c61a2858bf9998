// One labelled field of the election forms: its label, an optional hint and the error, both linked
// to the control by `aria-describedby` (the error is also announced by the form's alert). Server-safe.
import type { ReactElement } from "react";
import { cloneElement } from "react";

type Props = { id: string; label: string; hint?: string; error?: string; children: ReactElement<Record<string, unknown>> };

export function Field({ id, label, hint, error, children }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">{label}</label>
      {cloneElement(children, { id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      {hint && <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p>}
      {error && <p id={`${id}-error`} className="text-sm text-red-800">{error}</p>}
    </div>
  );
}
