// The only module that reads next-auth's session. Every page, Server Action and route handler
// gets the current user from here: the session is checked against the database on each request
// (account disabled, session version bumped), so a revocation takes effect on the next request.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/server/db";
import { authOptions } from "./options";
import { loadSessionUser, type SessionUser } from "./session-check";
import { safeCallbackPath } from "./callback-url";

export type { SessionUser };

type SessionWithVersion = { userId?: unknown; sv?: unknown } | null;

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions)) as SessionWithVersion;
  if (!session?.userId) return null;
  return loadSessionUser(db, session.userId, session.sv);
});

/** For pages: sends a signed-out visitor to the sign-in page, then back. */
export async function requireUser(callbackUrl?: string): Promise<SessionUser> {
  const user = await getSessionUser();
  const back = callbackUrl ? safeCallbackPath(callbackUrl) : null;
  if (!user) redirect(back ? `/signin?callbackUrl=${encodeURIComponent(back)}` : "/signin");
  return user;
}
