"use client";
// Raising a draft as it is: it becomes open and visible to the organisation.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/organizations/form-status";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { IntentButton } from "./intent-button";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function PublishForm({ action }: { action: Action }) {
  const t = useTranslations("tensions.page");
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <div>
        <IntentButton>{t("publish")}</IntentButton>
      </div>
      <FormStatus state={state} />
    </form>
  );
}
