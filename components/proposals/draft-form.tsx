"use client";
// Drafting a proposal from a tension: its title, reasons, optional free text and, for an
// Interpôles tension, the other circles it affects. The change set is written next, in the editor.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { buttonClass, FormStatus } from "@/components/organizations/form-status";
import { FormField } from "./form-field";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  tensionId: string;
  defaultTitle: string;
  otherCircles: { id: string; name: string }[] | null;
};

export function DraftForm({ action, tensionId, defaultTitle, otherCircles }: Props) {
  const t = useTranslations("proposals");
  const [state, formAction, pending] = useActionState(action, idle);
  const error = state.status === "error" ? state : null;
  const values = error?.values ?? {};
  const chosen = new Set(error ? Object.entries(values).filter(([key]) => key === "circleIds").map(([, value]) => value) : []);
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4">
      <FormStatus state={state} />
      <input type="hidden" name="tensionId" value={tensionId} />
      <FormField id="proposal-title" name="title" label={t("fields.title")} defaultValue={values.title ?? defaultTitle} error={error?.fieldErrors.title} />
      <FormField id="proposal-reasons" name="reasons" label={t("fields.reasons")} multiline defaultValue={values.reasons} error={error?.fieldErrors.reasons} />
      <FormField id="proposal-body" name="body" label={t("fields.body")} hint={t("draft.bodyHint")} multiline defaultValue={values.body} error={error?.fieldErrors.body} />
      {otherCircles && otherCircles.length > 0 && (
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium">{t("draft.otherCircles")}</legend>
          {otherCircles.map((circle) => (
            <label key={circle.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="circleIds" value={circle.id} defaultChecked={chosen.has(circle.id)} />
              {circle.name}
            </label>
          ))}
        </fieldset>
      )}
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>{t("draft.submit")}</button>
    </form>
  );
}
