// Starts the OpenID Connect flow from a Server Action, so that the "Sign in with …" button is a
// plain form that works before JavaScript loads. next-auth only starts a flow on a POST carrying
// its CSRF token (double-submit cookie); a Server Action is already protected from cross-site
// requests by Next's Origin check, so it mints that token itself and hands next-auth's handler
// a POST /api/auth/signin/oidc. The handler's answer (state and PKCE cookies, a redirect to the
// provider) is passed on to the browser.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { NextRequest, NextResponse } from "next/server";
import NextAuth from "next-auth";
import { authSecret, sessionCookieName } from "./config";
import { authOptions, OIDC_PROVIDER_ID } from "./options";

/** Returns the provider's authorisation URL (or next-auth's error page) to redirect to. */
export async function startOidcSignIn(callbackPath: string): Promise<string> {
  const secure = sessionCookieName().startsWith("__Secure-");
  const csrfToken = randomBytes(32).toString("hex");
  const csrfHash = createHash("sha256").update(`${csrfToken}${authSecret()}`).digest("hex");
  const jar = await cookies();
  // In a Server Action, cookies() reads what was just set: next-auth's handler will find it.
  jar.set(`${secure ? "__Host-" : ""}next-auth.csrf-token`, `${csrfToken}|${csrfHash}`, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
  });
  // next-auth takes its own base URL from NEXTAUTH_URL; this URL only carries the route.
  const request = new NextRequest(`http://internal.invalid/api/auth/signin/${OIDC_PROVIDER_ID}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: callbackPath }).toString(),
  });
  const response = await NextAuth(authOptions)(request, { params: Promise.resolve({ nextauth: ["signin", OIDC_PROVIDER_ID] }) });
  // NextResponse parses the Set-Cookie headers (state, PKCE, callback URL) into cookie objects.
  for (const cookie of new NextResponse(null, { headers: response.headers }).cookies.getAll()) jar.set(cookie);
  return response.headers.get("location") ?? "/signin?error=oidc-failed";
}
