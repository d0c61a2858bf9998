"use client";
// The kind of a tension, as two radios each with its one-line explanation (read with it through
// aria-describedby), so that nobody has to know the vocabulary beforehand.
import { useTranslations } from "next-intl";
import { TENSION_KINDS } from "@/lib/tensions/filters";

export function KindField({ value, error }: { value: string; error?: string }) {
  const t = useTranslations("tensions");
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? "tension-kind-error" : undefined}>
      <legend className="mb-1 font-medium text-slate-900">{t("form.kind")}</legend>
      {TENSION_KINDS.map((kind) => (
        <div key={kind} className="flex items-start gap-2">
          <input
            id={`tension-kind-${kind}`}
            type="radio"
            name="kind"
            value={kind}
            defaultChecked={value === kind}
            aria-describedby={`tension-kind-${kind}-help`}
            className="mt-1 size-4"
          />
          <div>
            <label htmlFor={`tension-kind-${kind}`} className="font-medium text-slate-900">
              {t(`kind.${kind}`)}
            </label>
            <p id={`tension-kind-${kind}-help`} className="text-sm text-slate-600">
              {t(`kindHelp.${kind}`)}
            </p>
          </div>
        </div>
      ))}
      {error && (
        <p id="tension-kind-error" className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
