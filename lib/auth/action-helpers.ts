// Shared pieces of the auth Server Actions: translating zod issues and refusing a form without
// ever echoing a password back into the page.
import "server-only";
import type { z } from "zod";
import { getTranslations } from "@/lib/i18n/server";
import { failure, fieldErrors, type ActionState } from "@/lib/forms/action-state";
import { minutesToWait } from "@/lib/rate-limit/consume";
import type { PasswordProblem } from "./password-policy";

const SECRET_FIELDS = ["password", "currentPassword", "newPassword"];

export type ErrorState = Extract<ActionState, { status: "error" }>;

/** A refused form: the message, the field errors, and what was typed except passwords. */
export function refuse(message: string, formData: FormData, errors: Record<string, string> = {}): ErrorState {
  const state = failure(message, formData, errors);
  for (const field of SECRET_FIELDS) delete state.values[field];
  return state;
}

/** Text of a form field ("" when absent or a file). */
export function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

export async function invalidInput(error: z.ZodError, formData: FormData): Promise<ErrorState> {
  const t = await getTranslations();
  const errors = fieldErrors(error, (key) => t(key as Parameters<typeof t>[0]));
  return refuse(t("auth.errors.invalidInput"), formData, errors);
}

export async function weakPassword(problem: PasswordProblem, formData: FormData, fieldName: string): Promise<ErrorState> {
  const t = await getTranslations("auth.errors");
  return refuse(t("invalidInput"), formData, { [fieldName]: t(`password.${problem}`) });
}

export async function tooManyAttempts(retryAfterMs: number, formData: FormData): Promise<ErrorState> {
  const t = await getTranslations("auth.errors");
  return refuse(t("tooManyAttempts", { minutes: minutesToWait(retryAfterMs) }), formData);
}
