// Security headers sent with every response. The app makes no third-party request of any kind,
// so the content security policy allows only this origin.
// Next's inline bootstrap scripts need 'unsafe-inline' for scripts unless nonces are used on
// every page, which would make every page dynamic; see docs/decisions/0004-security-headers.md.
// Headers are fixed when the app is built (next.config.ts), so OIDC_* must be set at build time
// for the identity provider's origin to be allowed as a form target (sign-in without JavaScript).
function identityProviderOrigin(): string {
  try {
    return process.env.OIDC_ISSUER ? ` ${new URL(process.env.OIDC_ISSUER).origin}` : "";
  } catch {
    return "";
  }
}

export function securityHeaders(): { key: string; value: string }[] {
  const csp = [
    "default-src 'self'",
    // React's development build evaluates code for its debugging aids; production never does.
    `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    `form-action 'self'${identityProviderOrigin()}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  ];
}
