// next-auth v4 configuration. Sessions are JWTs carrying the user id (`sub`) and the user's
// `sessionVersion` (`sv`); lib/auth/session.ts checks both against the database on every request,
// so bumping the version (sign-out everywhere, password change) or disabling the account revokes
// every session at once.
//
// Email and password sign-in does not go through next-auth: a Server Action checks the password
// and writes this same session cookie (docs/decisions/0003-sessions.md), so that the forms work
// without JavaScript and are rate-limited. next-auth serves the session endpoint and, when
// configured, the OpenID Connect flow.
import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { db } from "@/lib/server/db";
import { env, oidcConfigured } from "@/lib/server/env";
import { authSecret, SESSION_MAX_AGE, sessionCookieName } from "./config";
import { linkOidcIdentity, type OidcIdentity } from "./oidc-link";

export const OIDC_PROVIDER_ID = "oidc";

type OidcClaims = { sub: string; email?: string; email_verified?: boolean | string; name?: string; preferred_username?: string };

function oidcProvider(): OAuthConfig<OidcClaims> {
  const e = env();
  const issuer = e.OIDC_ISSUER!.replace(/\/+$/, "");
  return {
    id: OIDC_PROVIDER_ID,
    name: e.OIDC_NAME,
    type: "oauth",
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile: (claims) => ({ id: claims.sub, name: claims.name ?? claims.preferred_username ?? null, email: claims.email ?? null }),
  };
}

function identityOf(providerAccountId: string, claims: Partial<OidcClaims> | undefined): OidcIdentity {
  return {
    provider: OIDC_PROVIDER_ID,
    providerAccountId,
    email: claims?.email,
    // Some providers send the claim as a string.
    emailVerified: claims?.email_verified === true || claims?.email_verified === "true",
    name: claims?.name ?? claims?.preferred_username,
  };
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  jwt: { maxAge: SESSION_MAX_AGE },
  // Same rule as the cookie our Server Actions write (config.ts), whatever next-auth would infer.
  useSecureCookies: sessionCookieName().startsWith("__Secure-"),
  pages: { signIn: "/signin", error: "/signin" },
  providers: oidcConfigured() ? [oidcProvider()] : [],
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return false;
      const result = await linkOidcIdentity(db, identityOf(account.providerAccountId, profile as Partial<OidcClaims>));
      return result.ok ? true : `/signin?error=oidc-${result.reason}`;
    },
    async jwt({ token, account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return token;
      // signIn above has just linked the identity: this finds it and reads the current version.
      const result = await linkOidcIdentity(db, identityOf(account.providerAccountId, profile as Partial<OidcClaims>));
      return result.ok ? { sub: result.user.id, sv: result.user.sessionVersion } : {};
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub, sv: token.sv };
    },
  },
};
