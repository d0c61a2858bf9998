// The values next-auth and our own session cookie writer must agree on: the secret, the session
// lifetime and the cookie name. Kept in one place so the two can never drift apart.
import { env } from "@/lib/server/env";

export const SESSION_MAX_AGE = 30 * 24 * 60 * 60;

/**
 * In production env.ts requires NEXTAUTH_SECRET (>= 32 characters). In development and tests it
 * may be absent so that `npm run dev` and Vitest work without setup; this fixed, public value is
 * then used. It is never used in production (env() refuses to start there without a secret).
 */
const DEVELOPMENT_ONLY_SECRET = "interpoles-development-only-secret-never-use-in-production";

export function authSecret(): string {
  const { NEXTAUTH_SECRET, NODE_ENV } = env();
  if (NEXTAUTH_SECRET) return NEXTAUTH_SECRET;
  if (NODE_ENV === "production") throw new Error("NEXTAUTH_SECRET is required in production");
  return DEVELOPMENT_ONLY_SECRET;
}

/** next-auth v4 uses the `__Secure-` prefixed name when NEXTAUTH_URL is https. */
export function sessionCookieName(): string {
  return env().NEXTAUTH_URL?.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}
