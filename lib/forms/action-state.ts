// The one shape every form's Server Action returns (used with React's useActionState, so forms
// also work before JavaScript loads). Messages are already translated on the server; `values`
// echoes what the person typed so that nothing they wrote is lost when the form is refused.
import type { z } from "zod";

export type FieldErrors = Record<string, string>;

export type ActionState =
  | { status: "idle" }
  | { status: "success"; message?: string }
  | { status: "error"; message: string; fieldErrors: FieldErrors; values: Record<string, string> };

export const idle: ActionState = { status: "idle" };

/** Text fields of a FormData (files and repeated keys are not echoed back). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/**
 * Field errors from a zod error. Schemas put message *keys* (e.g. "auth.password.tooShort") in
 * their issues; `translate` turns each into the reader's language.
 */
export function fieldErrors(error: z.ZodError, translate: (key: string) => string): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "form";
    errors[field] ??= translate(issue.message);
  }
  return errors;
}

export function failure(
  message: string,
  formData: FormData,
  errors: FieldErrors = {},
): Extract<ActionState, { status: "error" }> {
  return { status: "error", message, fieldErrors: errors, values: formValues(formData) };
}
