"use client";
// Asks for a reset link. The answer never tells whether an account exists.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idle } from "@/lib/forms/action-state";
import { forgotPasswordAction } from "@/lib/auth/reset-actions";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";

export function ForgotPasswordForm() {
  const t = useTranslations("auth.forgotPassword");
  const [state, action] = useActionState(forgotPasswordAction, idle);
  const error = state.status === "error" ? state : null;
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} id="forgot-message" />
      <TextField id="forgot-email" name="email" type="email" autoComplete="email" label={t("email")}
        defaultValue={error?.values.email ?? ""} error={error?.fieldErrors.email} maxLength={254} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
