// The fields of a meeting's details, shared by scheduling (./schedule-form.tsx) and editing
// (./details-form.tsx): title, start, duration, place, video link, each with its label, hint and
// error. Rendered inside a client form; `values` echoes what was typed when refused.
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/organizations/form-status";

export type FieldErrors = Record<string, string | undefined>;

export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">{label}</label>
      {children}
      {hint && <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p>}
      {error && <p id={`${id}-error`} className="text-sm text-red-800">{error}</p>}
    </div>
  );
}

/** The ids an input is described by: its hint and its error, when there are. */
export function describedBy(errors: FieldErrors, id: string, hint = false): string | undefined {
  return [hint ? `${id}-hint` : "", errors[id] ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

type Defaults = { title: string; startsAt: string; durationMinutes: string; place: string; videoUrl: string };

export function MeetingFields({ values, errors, defaults }: { values: Record<string, string>; errors: FieldErrors; defaults: Defaults }) {
  const t = useTranslations("meetings.schedule");
  const value = (field: keyof Defaults) => values[field] ?? defaults[field];
  const invalid = (field: string) => (errors[field] ? true : undefined);
  return (
    <>
      <Field id="title" label={t("titleField")} error={errors.title}>
        <input id="title" name="title" required maxLength={200} defaultValue={value("title")} className={inputClass} aria-invalid={invalid("title")} aria-describedby={describedBy(errors, "title")} />
      </Field>
      <Field id="startsAt" label={t("startsAt")} error={errors.startsAt}>
        <input id="startsAt" name="startsAt" type="datetime-local" required defaultValue={value("startsAt")} className={inputClass} aria-invalid={invalid("startsAt")} aria-describedby={describedBy(errors, "startsAt")} />
      </Field>
      <Field id="durationMinutes" label={t("duration")} error={errors.durationMinutes}>
        <input id="durationMinutes" name="durationMinutes" type="number" min={15} max={480} step={5} required defaultValue={value("durationMinutes")} className={inputClass} aria-invalid={invalid("durationMinutes")} aria-describedby={describedBy(errors, "durationMinutes")} />
      </Field>
      <Field id="place" label={t("place")} error={errors.place}>
        <input id="place" name="place" maxLength={200} defaultValue={value("place")} className={inputClass} aria-invalid={invalid("place")} aria-describedby={describedBy(errors, "place")} />
      </Field>
      <Field id="videoUrl" label={t("videoUrl")} hint={t("videoUrlHint")} error={errors.videoUrl}>
        <input id="videoUrl" name="videoUrl" type="url" maxLength={500} defaultValue={value("videoUrl")} className={inputClass} aria-invalid={invalid("videoUrl")} aria-describedby={describedBy(errors, "videoUrl", true)} />
      </Field>
    </>
  );
}
