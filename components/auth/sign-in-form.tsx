"use client";
// The email and password sign-in form. Works before JavaScript loads (a plain form posting to
// the Server Action); once loaded, errors appear in place and the email stays typed.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idle } from "@/lib/forms/action-state";
import { signInAction } from "@/lib/auth/actions";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";

export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const t = useTranslations("auth.signIn");
  const [state, action] = useActionState(signInAction, idle);
  const error = state.status === "error" ? state : null;
  return (
    <form action={action} className="flex flex-col gap-4" aria-describedby={error ? "signin-message" : undefined}>
      <FormMessage state={state} id="signin-message" />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField id="signin-email" name="email" type="email" autoComplete="email" label={t("email")}
        defaultValue={error?.values.email ?? ""} error={error?.fieldErrors.email} maxLength={254} />
      <TextField id="signin-password" name="password" type="password" autoComplete="current-password" label={t("password")}
        error={error?.fieldErrors.password} maxLength={1000} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
