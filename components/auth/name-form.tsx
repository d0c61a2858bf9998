"use client";
// Changes the account's display name.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idle } from "@/lib/forms/action-state";
import { updateNameAction } from "@/lib/auth/account-actions";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";

export function NameForm({ name }: { name: string }) {
  const t = useTranslations("auth.account");
  const [state, action] = useActionState(updateNameAction, idle);
  const error = state.status === "error" ? state : null;
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} id="name-message" />
      <TextField id="account-name" name="name" autoComplete="name" label={t("name")}
        defaultValue={error?.values.name ?? name} error={error?.fieldErrors.name} maxLength={100} />
      <SubmitButton>{t("saveName")}</SubmitButton>
    </form>
  );
}
