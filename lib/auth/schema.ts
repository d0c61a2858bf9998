// Shapes of the sign-in and account forms. Issue messages are i18n keys. The password policy of
// a *new* password is checked by the mutations (lib/auth/password-policy.ts), which know the
// account's email and must refuse a weak password whoever calls them.
import { z } from "zod";
import { normalizeEmail } from "./email";

export const email = z
  .string()
  .transform(normalizeEmail)
  .pipe(z.email({ error: "auth.errors.emailInvalid" }).max(254, { error: "auth.errors.emailInvalid" }));

const name = z
  .string()
  .trim()
  .min(1, { error: "auth.errors.nameRequired" })
  .max(100, { error: "auth.errors.nameTooLong" });

/** Bounded so that a huge body cannot make scrypt work for long; the policy sets the real limits. */
const password = z.string().min(1, { error: "auth.errors.passwordRequired" }).max(1000, { error: "auth.errors.password.tooLong" });

export const signUpSchema = z.object({ email, name, password });
export const signInSchema = z.object({ email, password });
export const forgotPasswordSchema = z.object({ email });
export const resetPasswordSchema = z.object({ password });
export const changePasswordSchema = z.object({ currentPassword: password, newPassword: password });
export const profileSchema = z.object({ name });

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignInInput = z.infer<typeof signInSchema>;
