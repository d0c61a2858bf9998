// The client's IP address, for per-IP rate limits. Next's server appends the socket's address to
// X-Forwarded-For, so the *last* entry is the only one a client cannot forge. Behind a trusted
// reverse proxy (TRUST_PROXY=true) the socket is the proxy: the client is the entry before it.
// Entries further left are written by the client itself and are never trusted.

/** Pure: picks the client's address from an X-Forwarded-For header value. */
export function clientIpFrom(forwardedFor: string | null | undefined, trustProxy: boolean): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const index = entries.length - (trustProxy ? 2 : 1);
  // With a trusted proxy but a single entry, the request came straight to us: use the socket.
  return entries[Math.max(index, 0)]?.slice(0, 100) ?? "unknown";
}
