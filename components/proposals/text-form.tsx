"use client";
// The texts of the current version: title, reasons and free text. Saved in place while a draft,
// as a new version (an amendment) once the process has started.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { buttonClass, FormStatus } from "@/components/organizations/form-status";
import { FormField } from "./form-field";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  version: number;
  title: string;
  reasons: string;
  body: string;
  amendment: boolean;
};

export function TextForm({ action, version, title, reasons, body, amendment }: Props) {
  const t = useTranslations("proposals");
  const [state, formAction, pending] = useActionState(action, idle);
  const error = state.status === "error" ? state : null;
  const values = error?.values ?? {};
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4">
      <FormStatus state={state} />
      <input type="hidden" name="version" value={version} />
      <FormField id="version-title" name="title" label={t("fields.title")} defaultValue={values.title ?? title} error={error?.fieldErrors.title} />
      <FormField id="version-reasons" name="reasons" label={t("fields.reasons")} multiline defaultValue={values.reasons ?? reasons} error={error?.fieldErrors.reasons} />
      <FormField id="version-body" name="body" label={t("fields.body")} hint={t("draft.bodyHint")} multiline defaultValue={values.body ?? body} error={error?.fieldErrors.body} />
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>{t(amendment ? "edit.saveAmendment" : "edit.saveText")}</button>
    </form>
  );
}
