"use client";
// Adding a comment to a tension: plain text, kept as typed (newlines included). A refused comment
// comes back in the field, so nothing written is lost.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, inputClass } from "@/components/organizations/form-status";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { TEXT_MAX } from "@/lib/tensions/schema";
import { FieldMessages, describedBy } from "./field-messages";
import { IntentButton } from "./intent-button";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function CommentForm({ action }: { action: Action }) {
  const t = useTranslations("tensions.comments");
  const [state, formAction] = useActionState(action, idle);
  const error = state.status === "error" ? (state.fieldErrors.body ?? state.message) : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-2" noValidate>
      <label htmlFor="comment-body" className="font-medium text-slate-900">
        {t("label")}
      </label>
      <textarea
        id="comment-body"
        name="body"
        rows={4}
        required
        maxLength={TEXT_MAX}
        defaultValue={state.status === "error" ? state.values.body : ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy("comment-body", error, true)}
        className={inputClass}
      />
      <FieldMessages id="comment-body" error={error} hint={t("hint")} />
      {state.status === "error" && <FormStatus state={state} />}
      <div>
        <IntentButton>{t("submit")}</IntentButton>
      </div>
    </form>
  );
}
