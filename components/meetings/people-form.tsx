"use client";
// The people of a scheduled meeting (lib/meetings/people.ts): members not yet invited to invite,
// the facilitator and the secretary. Echoes what was chosen when refused.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { buttonClass, FormStatus, inputClass } from "@/components/organizations/form-status";
import { describedBy, Field } from "./meeting-fields";

type Option = { id: string; name: string };
type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Members who may be invited and are not participants yet. */
  invitable: Option[];
  /** Members who may facilitate or take notes (participants or not). */
  members: Option[];
  current: { facilitatorId: string; secretaryId: string };
};

export function PeopleForm({ action, invitable, members, current }: Props) {
  const t = useTranslations("meetings.edit.people");
  const [state, formAction, pending] = useActionState(action, idle);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={formAction} aria-labelledby="people-title" className="flex max-w-2xl flex-col gap-4">
      <h2 id="people-title" className="text-xl font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-700">{t("note")}</p>
      <Field id="inviteeIds" label={t("invite")} hint={t("inviteHint")} error={errors.inviteeIds}>
        <select id="inviteeIds" name="inviteeIds" multiple size={6} className={inputClass} aria-describedby={describedBy(errors, "inviteeIds", true)}>
          {invitable.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
        </select>
      </Field>
      {(["facilitatorId", "secretaryId"] as const).map((field) => (
        <Field key={field} id={field} label={t(field === "facilitatorId" ? "facilitator" : "secretary")} error={errors[field]}>
          <select id={field} name={field} defaultValue={values[field] ?? current[field]} className={inputClass} aria-describedby={describedBy(errors, field)}>
            {/* No secretary is a choice; no facilitator is not, but nothing is picked for the user
                when the current one has left: saving then asks for one. */}
            {(field === "secretaryId" || current[field] === "") && <option value="">{t(field === "secretaryId" ? "nobody" : "choose")}</option>}
            {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        </Field>
      ))}
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>{t("submit")}</button>
      <FormStatus state={state} />
    </form>
  );
}
