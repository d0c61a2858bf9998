"use client";
// Changes the password (the current one is required). Other devices are signed out.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idle } from "@/lib/forms/action-state";
import { changePasswordAction } from "@/lib/auth/account-actions";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";

export function ChangePasswordForm() {
  const t = useTranslations("auth.account");
  const [state, action] = useActionState(changePasswordAction, idle);
  const error = state.status === "error" ? state : null;
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} id="password-message" />
      <TextField id="account-current-password" name="currentPassword" type="password" autoComplete="current-password"
        label={t("currentPassword")} error={error?.fieldErrors.currentPassword} maxLength={1000} />
      <TextField id="account-new-password" name="newPassword" type="password" autoComplete="new-password"
        label={t("newPassword")} hint={t("newPasswordHint")} error={error?.fieldErrors.newPassword} minLength={8} maxLength={200} />
      <SubmitButton>{t("changePassword")}</SubmitButton>
    </form>
  );
}
