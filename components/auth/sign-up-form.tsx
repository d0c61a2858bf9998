"use client";
// The sign-up form: name, email, password. What was typed (except the password) stays on error.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idle } from "@/lib/forms/action-state";
import { signUpAction } from "@/lib/auth/actions";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";

export function SignUpForm({ callbackUrl }: { callbackUrl: string | null }) {
  const t = useTranslations("auth.signUp");
  const [state, action] = useActionState(signUpAction, idle);
  const error = state.status === "error" ? state : null;
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} id="signup-message" />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField id="signup-name" name="name" autoComplete="name" label={t("name")} hint={t("nameHint")}
        defaultValue={error?.values.name ?? ""} error={error?.fieldErrors.name} maxLength={100} />
      <TextField id="signup-email" name="email" type="email" autoComplete="email" label={t("email")}
        defaultValue={error?.values.email ?? ""} error={error?.fieldErrors.email} maxLength={254} />
      <TextField id="signup-password" name="password" type="password" autoComplete="new-password" label={t("password")}
        hint={t("passwordHint")} error={error?.fieldErrors.password} minLength={8} maxLength={200} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
