// The only module that reads next-auth's session. Every page, Server Action and route handler
// gets the current user from here: the session is checked against the database on each request
// (account disabled, session version bumped), so a revocation takes effect on the next request.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/server/db";
import { authOptions } from "./options";

export type SessionUser = { id: string; email: string; name: string; locale: string };

type SessionWithVersion = { userId?: string; sv?: number } | null;

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions)) as SessionWithVersion;
  if (!session?.userId) return null;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, name: true, locale: true, sessionVersion: true, disabledAt: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== (session.sv ?? 0)) return null;
  return { id: user.id, email: user.email, name: user.name, locale: user.locale };
});

/** For pages: sends a signed-out visitor to the sign-in page, then back. */
export async function requireUser(callbackUrl?: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(callbackUrl ? `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/signin");
  return user;
}
