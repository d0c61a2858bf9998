// Password reset by email: request a link, then use it once within an hour.
import "server-only";
import { createTranslator } from "next-intl";
import { messages } from "@/lib/i18n/messages";
import { isLocale, defaultLocale } from "@/lib/i18n/config";
import { consume } from "@/lib/rate-limit/consume";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { sendEmail, type Email } from "@/lib/server/mail";
import { normalizeEmail } from "./email";
import { FORGOT_PASSWORD_PER_EMAIL, FORGOT_PASSWORD_PER_IP, keys } from "./limits";
import type { RateLimited, SessionSubject } from "./mutations";
import { hashPassword } from "./password";
import { passwordProblem, type PasswordProblem } from "./password-policy";
import { hashResetToken, isWellFormedResetToken, newResetToken, RESET_TOKEN_TTL_MS } from "./reset-token";

function resetEmail(to: string, locale: string, token: string): Email {
  const lang = isLocale(locale) ? locale : defaultLocale;
  // In the account's language, not the requester's: the email is read by the account holder.
  const t = createTranslator({ locale: lang, messages: messages[lang], namespace: "auth.resetEmail" });
  const base = (env().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  const link = `${base}/reset-password/${token}`;
  return { to, subject: t("subject"), text: t("text", { link }) };
}

/**
 * Sends a reset link if an active account has this email. The answer is the same whether or
 * not it exists; `deliver` lets the action send after responding, so timing does not tell either.
 */
export async function requestPasswordReset(
  input: { email: string },
  ip: string,
  deliver: (email: Email) => Promise<void> | void = sendEmail,
): Promise<{ ok: true } | RateLimited> {
  const email = normalizeEmail(input.email);
  const byIp = await consume(keys.forgotIp(ip), FORGOT_PASSWORD_PER_IP);
  if (!byIp.ok) return { ok: false, reason: "rateLimited", retryAfterMs: byIp.retryAfterMs };
  // Over the per-address limit, quietly send nothing: saying so would reveal the account.
  if (!(await consume(keys.forgotEmail(email), FORGOT_PASSWORD_PER_EMAIL)).ok) return { ok: true };
  const user = await db.user.findFirst({ where: { email, disabledAt: null }, select: { id: true, email: true, locale: true } });
  if (!user) return { ok: true };
  const { token, tokenHash } = newResetToken();
  await db.passwordReset.create({
    data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS) },
  });
  await deliver(resetEmail(user.email, user.locale, token));
  return { ok: true };
}

/** Whether a link can still be used (for the page, before showing the form). */
export async function resetTokenIsUsable(token: string): Promise<boolean> {
  if (!isWellFormedResetToken(token)) return false;
  const reset = await db.passwordReset.findFirst({
    where: { tokenHash: hashResetToken(token), usedAt: null, expiresAt: { gt: new Date() }, user: { disabledAt: null } },
    select: { id: true },
  });
  return reset !== null;
}

export type ResetPasswordResult =
  | { ok: true; user: SessionSubject }
  | { ok: false; reason: "invalidToken" }
  | { ok: false; reason: "weakPassword"; problem: PasswordProblem };

/** Sets the new password, uses the token up and ends every other session of the account. */
export async function resetPassword(input: { token: string; password: string }): Promise<ResetPasswordResult> {
  if (!isWellFormedResetToken(input.token)) return { ok: false, reason: "invalidToken" };
  const tokenHash = hashResetToken(input.token);
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash },
    select: { id: true, userId: true, usedAt: true, expiresAt: true, user: { select: { email: true, disabledAt: true } } },
  });
  if (!reset || reset.usedAt || reset.expiresAt <= new Date() || reset.user.disabledAt) {
    return { ok: false, reason: "invalidToken" };
  }
  const problem = passwordProblem(input.password, reset.user.email);
  if (problem) return { ok: false, reason: "weakPassword", problem };
  const passwordHash = await hashPassword(input.password);

  return db.$transaction(async (tx): Promise<ResetPasswordResult> => {
    const now = new Date();
    // Compare-and-set: of two concurrent uses of the same link, exactly one marks it used.
    const used = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (used.count !== 1) return { ok: false, reason: "invalidToken" };
    // Any other link sent earlier must not outlive the password it was meant to replace.
    await tx.passwordReset.updateMany({ where: { userId: reset.userId, usedAt: null }, data: { usedAt: now } });
    const user = await tx.user.update({
      where: { id: reset.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, sessionVersion: true },
    });
    return { ok: true, user };
  });
}
