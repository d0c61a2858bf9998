"use server";
// Forgotten password: ask for a link, then set a new password with it.
import { after } from "next/server";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import type { ActionState } from "@/lib/forms/action-state";
import { requestIp } from "@/lib/rate-limit/request-ip";
import { sendEmail } from "@/lib/server/mail";
import { smtpConfigured } from "@/lib/server/env";
import { field, invalidInput, refuse, tooManyAttempts, weakPassword } from "./action-helpers";
import { requestPasswordReset, resetPassword } from "./reset-mutations";
import { forgotPasswordSchema, resetPasswordSchema } from "./schema";
import { writeSessionCookie } from "./session-cookie";

export async function forgotPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations("auth.forgotPassword");
  // Without SMTP nobody would receive the link: the page explains who can help instead.
  if (!smtpConfigured()) return refuse(t("unavailable"), formData);
  const parsed = forgotPasswordSchema.safeParse({ email: field(formData, "email") });
  if (!parsed.success) return invalidInput(parsed.error, formData);
  // The email is sent after the response, so an existing account does not answer more slowly.
  const result = await requestPasswordReset(parsed.data, await requestIp(), (email) => after(() => sendEmail(email)));
  if (!result.ok) return tooManyAttempts(result.retryAfterMs, formData);
  return { status: "success", message: t("sent") };
}

export async function resetPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = resetPasswordSchema.safeParse({ password: field(formData, "password") });
  if (!parsed.success) return invalidInput(parsed.error, formData);
  const result = await resetPassword({ token: field(formData, "token"), password: parsed.data.password });
  if (!result.ok) {
    if (result.reason === "weakPassword") return weakPassword(result.problem, formData, "password");
    return refuse((await getTranslations("auth.resetPassword"))("invalidLink"), formData);
  }
  await writeSessionCookie(result.user);
  redirect("/orgs");
}
