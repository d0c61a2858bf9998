// Sign-up and sign-in: the testable core of the actions (plain data in, `{ ok }` results out;
// no Next). Starting the session is left to the action, which writes the cookie.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { consume, refund } from "@/lib/rate-limit/consume";
import { db } from "@/lib/server/db";
import { normalizeEmail } from "./email";
import { keys, SIGN_IN_PER_EMAIL, SIGN_IN_PER_IP, SIGN_UP_PER_IP } from "./limits";
import { dummyHash, hashPassword, verifyPassword } from "./password";
import { passwordProblem, type PasswordProblem } from "./password-policy";

/** What a session is started for. */
export type SessionSubject = { id: string; sessionVersion: number };

export type RateLimited = { ok: false; reason: "rateLimited"; retryAfterMs: number };

export type SignUpResult =
  | { ok: true; user: SessionSubject }
  | { ok: false; reason: "weakPassword"; problem: PasswordProblem }
  | { ok: false; reason: "emailTaken" }
  | RateLimited;

export async function signUp(
  input: { email: string; name: string; password: string; locale?: string },
  ip: string,
): Promise<SignUpResult> {
  const email = normalizeEmail(input.email);
  const problem = passwordProblem(input.password, email);
  if (problem) return { ok: false, reason: "weakPassword", problem };
  const limited = await consume(keys.signUpIp(ip), SIGN_UP_PER_IP);
  if (!limited.ok) return { ok: false, reason: "rateLimited", retryAfterMs: limited.retryAfterMs };
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return { ok: false, reason: "emailTaken" };
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { email, name: input.name.trim(), passwordHash, ...(input.locale ? { locale: input.locale } : {}) },
      select: { id: true, sessionVersion: true },
    });
    return { ok: true, user };
  } catch (error) {
    // Two sign-ups with the same email at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, reason: "emailTaken" };
    }
    throw error;
  }
}

export type SignInResult =
  | { ok: true; user: SessionSubject }
  | { ok: false; reason: "invalidCredentials" }
  | { ok: false; reason: "disabled" }
  | RateLimited;

/**
 * Checks an email and password. An unknown email and a wrong password give the same answer and
 * cost the same scrypt work (no account enumeration). Every attempt counts against the IP and
 * the email limits; a successful one is given back, so the limits count failures.
 */
export async function signIn(input: { email: string; password: string }, ip: string): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const byIp = await consume(keys.signInIp(ip), SIGN_IN_PER_IP);
  if (!byIp.ok) return { ok: false, reason: "rateLimited", retryAfterMs: byIp.retryAfterMs };
  const byEmail = await consume(keys.signInEmail(email), SIGN_IN_PER_EMAIL);
  if (!byEmail.ok) return { ok: false, reason: "rateLimited", retryAfterMs: byEmail.retryAfterMs };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, sessionVersion: true, disabledAt: true },
  });
  const matches = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash()));
  if (!user?.passwordHash || !matches) return { ok: false, reason: "invalidCredentials" };
  await Promise.all([refund(byIp.hitId), refund(byEmail.hitId)]);
  // Only someone who knows the password learns that the account is disabled.
  if (user.disabledAt) return { ok: false, reason: "disabled" };
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion } };
}
