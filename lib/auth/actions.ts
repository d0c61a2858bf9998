"use server";
// Sign-up, sign-in and sign-out: thin adapters that parse the form, call one mutation
// (lib/auth/mutations.ts), translate the outcome and start or end the session by writing
// next-auth's session cookie (docs/decisions/0003-sessions.md).
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import type { ActionState } from "@/lib/forms/action-state";
import { requestIp } from "@/lib/rate-limit/request-ip";
import { oidcConfigured } from "@/lib/server/env";
import { field, invalidInput, refuse, tooManyAttempts, weakPassword } from "./action-helpers";
import { afterSignIn } from "./callback-url";
import { signIn, signUp } from "./mutations";
import { startOidcSignIn } from "./oidc-start";
import { signInSchema, signUpSchema } from "./schema";
import { clearSessionCookie, writeSessionCookie } from "./session-cookie";

export async function signUpAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = signUpSchema.safeParse({
    email: field(formData, "email"),
    name: field(formData, "name"),
    password: field(formData, "password"),
  });
  if (!parsed.success) return invalidInput(parsed.error, formData);
  const result = await signUp({ ...parsed.data, locale: await getLocale() }, await requestIp());
  if (!result.ok) {
    if (result.reason === "weakPassword") return weakPassword(result.problem, formData, "password");
    if (result.reason === "rateLimited") return tooManyAttempts(result.retryAfterMs, formData);
    const t = await getTranslations("auth.signUp");
    return refuse(t("emailTaken"), formData, { email: t("emailTaken") });
  }
  await writeSessionCookie(result.user);
  redirect(afterSignIn(field(formData, "callbackUrl")));
}

export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = signInSchema.safeParse({ email: field(formData, "email"), password: field(formData, "password") });
  if (!parsed.success) return invalidInput(parsed.error, formData);
  const result = await signIn(parsed.data, await requestIp());
  if (!result.ok) {
    if (result.reason === "rateLimited") return tooManyAttempts(result.retryAfterMs, formData);
    const t = await getTranslations("auth.signIn");
    return refuse(t(result.reason === "disabled" ? "disabled" : "invalidCredentials"), formData);
  }
  await writeSessionCookie(result.user);
  redirect(afterSignIn(field(formData, "callbackUrl")));
}

/** Signs this browser out (other devices stay signed in) and goes to the landing page. */
export async function signOutAction(): Promise<void> {
  await clearSessionCookie();
  redirect("/");
}

/** "Sign in with <provider>": hands over to the OpenID Connect provider (see oidc-start.ts). */
export async function signInWithOidcAction(formData: FormData): Promise<void> {
  if (!oidcConfigured()) redirect("/signin");
  redirect(await startOidcSignIn(afterSignIn(field(formData, "callbackUrl"))));
}
