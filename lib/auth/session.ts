// The only module that reads the session cookie. Every page, Server Action and route handler
// gets the current user from here: the session is checked against the database on each request
// (account disabled, session version bumped), so a revocation takes effect on the next request.
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/server/db";
import { authSecret, sessionCookieName } from "./config";
import { loadSessionUser, type SessionUser } from "./session-check";
import { readSessionClaims } from "./session-token";
import { safeCallbackPath } from "./callback-url";

export type { SessionUser };

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  // The cookie next-auth (OpenID Connect) or our sign-in action wrote; see ./session-token.ts.
  const token = (await cookies()).get(sessionCookieName())?.value;
  const claims = token ? await readSessionClaims(token, authSecret()) : null;
  if (!claims) return null;
  return loadSessionUser(db, claims.userId, claims.sv);
});

/** For pages: sends a signed-out visitor to the sign-in page, then back. */
export async function requireUser(callbackUrl?: string): Promise<SessionUser> {
  const user = await getSessionUser();
  const back = callbackUrl ? safeCallbackPath(callbackUrl) : null;
  if (!user) redirect(back ? `/signin?callbackUrl=${encodeURIComponent(back)}` : "/signin");
  return user;
}
