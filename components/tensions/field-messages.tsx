// A field's error and hint, with ids that the field names in aria-describedby, so that a screen
// reader reads them with it. Server-safe: used by client and server forms alike.
export function describedBy(id: string, error: string | undefined, hasHint: boolean): string | undefined {
  return [error ? `${id}-error` : null, hasHint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
}

export function FieldMessages({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  return (
    <>
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
    </>
  );
}
