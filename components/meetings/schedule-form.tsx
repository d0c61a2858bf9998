"use client";
// Scheduling a meeting: details, circles involved, extra invitees, facilitator and secretary (the
// holders of those roles unless chosen here). Echoes what was typed when refused.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { buttonClass, FormStatus, inputClass } from "@/components/organizations/form-status";
import { describedBy, Field, MeetingFields } from "./meeting-fields";

type Option = { id: string; name: string };
type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState>; circles: Option[]; members: Option[]; defaultStartsAt: string };

export function ScheduleForm({ action, circles, members, defaultStartsAt }: Props) {
  const t = useTranslations("meetings.schedule");
  const [state, formAction, pending] = useActionState(action, idle);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  const described = (id: string, hint = false) => describedBy(errors, id, hint);
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4">
      <MeetingFields values={values} errors={errors} defaults={{ title: "", startsAt: defaultStartsAt, durationMinutes: "90", place: "", videoUrl: "" }} />
      <fieldset className="flex flex-col gap-1" aria-describedby={described("circleIds", true)}>
        <legend className="text-sm font-medium">{t("circles")}</legend>
        <div className="flex max-h-64 flex-col gap-1 overflow-y-auto rounded border border-slate-300 p-2">
          {circles.map((c) => (
            <div key={c.id} className="flex items-center gap-2">
              <input type="checkbox" id={`circle-${c.id}`} name="circleIds" value={c.id} />
              <label htmlFor={`circle-${c.id}`} className="text-sm">{c.name}</label>
            </div>
          ))}
        </div>
        <p id="circleIds-hint" className="text-sm text-slate-600">{t("circlesHint")}</p>
        {errors.circleIds && <p id="circleIds-error" className="text-sm text-red-800">{errors.circleIds}</p>}
      </fieldset>
      <Field id="inviteeIds" label={t("invitees")} hint={t("inviteesHint")} error={errors.inviteeIds}>
        <select id="inviteeIds" name="inviteeIds" multiple size={6} className={inputClass} aria-describedby={described("inviteeIds", true)}>
          {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
        </select>
      </Field>
      {(["facilitatorId", "secretaryId"] as const).map((field) => (
        <Field key={field} id={field} label={t(field === "facilitatorId" ? "facilitator" : "secretary")} error={errors[field]}>
          <select id={field} name={field} defaultValue={values[field] ?? ""} className={inputClass} aria-describedby={described(field)}>
            <option value="">{t("byDefault")}</option>
            {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        </Field>
      ))}
      <p className="text-sm text-slate-700">{t("agendaNote")}</p>
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>{t("submit")}</button>
      <FormStatus state={state} />
    </form>
  );
}
