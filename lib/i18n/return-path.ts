// Where a form may send the browser back to. Only a path on this site is accepted: anything that
// could leave the origin ("//evil.example", "https://…", "/\evil", a control character that a
// browser would strip) falls back to the home page, so a crafted form cannot turn our redirect
// into an open redirect.
const FALLBACK = "/";
const MAX_LENGTH = 2048;
const PROBE_ORIGIN = "http://interpoles.invalid";

export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return FALLBACK;
  if (!value.startsWith("/") || value.startsWith("//")) return FALLBACK;
  // Browsers read "\" as "/" and drop tabs and newlines, which would turn "/\evil" into "//evil".
  if (value.includes("\\") || /[\u0000-\u001f\u007f]/.test(value)) return FALLBACK;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== PROBE_ORIGIN) return FALLBACK;
  return `${url.pathname}${url.search}${url.hash}`;
}
