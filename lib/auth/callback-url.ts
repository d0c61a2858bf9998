// Where to send someone after signing in. Only a path on this site is accepted: an absolute URL,
// a protocol-relative one ("//evil.example") or a backslash trick would make the sign-in page an
// open redirect.

export const DEFAULT_AFTER_SIGN_IN = "/orgs";

/** The path if it is a safe same-origin path, else null. */
export function safeCallbackPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 2000) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  // Control characters and backslashes are normalised by browsers in surprising ways.
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;
  try {
    const url = new URL(value, "http://interpoles.invalid");
    if (url.origin !== "http://interpoles.invalid") return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

export function afterSignIn(value: unknown): string {
  return safeCallbackPath(value) ?? DEFAULT_AFTER_SIGN_IN;
}
