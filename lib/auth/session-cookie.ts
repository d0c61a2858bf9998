// Starts and ends a session by writing next-auth's own JWT session cookie from a Server Action
// (see docs/decisions/0003-sessions.md): forms then work before JavaScript loads, and
// lib/auth/session.ts reads the cookie the same way whether next-auth or this module wrote it.
import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { authSecret, SESSION_MAX_AGE, sessionCookieName } from "./config";

export async function writeSessionCookie(user: { id: string; sessionVersion: number }): Promise<void> {
  const token = await encode({
    token: { sub: user.id, sv: user.sessionVersion },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE,
  });
  const name = sessionCookieName();
  (await cookies()).set(name, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: name.startsWith("__Secure-"),
    maxAge: SESSION_MAX_AGE,
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete({ name: sessionCookieName(), path: "/" });
}
