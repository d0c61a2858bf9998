"use client";
// Sets a new password with the token from the emailed link.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idle } from "@/lib/forms/action-state";
import { resetPasswordAction } from "@/lib/auth/reset-actions";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth.resetPassword");
  const [state, action] = useActionState(resetPasswordAction, idle);
  const error = state.status === "error" ? state : null;
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} id="reset-message" />
      <input type="hidden" name="token" value={token} />
      <TextField id="reset-password" name="password" type="password" autoComplete="new-password" label={t("password")}
        hint={t("passwordHint")} error={error?.fieldErrors.password} minLength={8} maxLength={200} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
