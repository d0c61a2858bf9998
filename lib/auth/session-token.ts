// The claims of a session cookie (next-auth's encrypted JWT, lib/auth/session-cookie.ts), read
// without going through next-auth's getServerSession. That call runs next-auth's whole session
// endpoint per request: two key derivations, a decryption and a re-encryption whose cookie a page
// cannot even set. A page needs only `sub` and `sv`, which the database then checks
// (./session-check.ts): decrypting a given token always gives the same claims, so they are kept
// per token string; only the expiry, which depends on the clock, is checked on every read.
import { LRUCache } from "lru-cache";
import { decode } from "next-auth/jwt";

export type SessionClaims = { userId: unknown; sv: unknown };

type Decrypted = SessionClaims & { exp: number | undefined };

/** Past its `exp`, a token is refused; next-auth allows the same 15 s of clock skew. */
const CLOCK_TOLERANCE_MS = 15_000;

// Per secret (one in production; tests may use several). A failed decryption is not kept: a
// forged token must not evict real sessions from the memo.
const bySecret = new Map<string, LRUCache<string, Decrypted>>();

function memoFor(secret: string): LRUCache<string, Decrypted> {
  let memo = bySecret.get(secret);
  if (!memo) {
    memo = new LRUCache<string, Decrypted>({ max: 2_000 });
    bySecret.set(secret, memo);
  }
  return memo;
}

export async function readSessionClaims(token: string, secret: string, now = Date.now()): Promise<SessionClaims | null> {
  const memo = memoFor(secret);
  let claims = memo.get(token);
  if (!claims) {
    const jwt = await decode({ token, secret }).catch(() => null);
    if (!jwt) return null;
    claims = { userId: jwt.sub, sv: jwt.sv, exp: typeof jwt.exp === "number" ? jwt.exp : undefined };
    memo.set(token, claims);
  }
  if (claims.exp !== undefined && claims.exp * 1000 + CLOCK_TOLERANCE_MS < now) return null;
  return { userId: claims.userId, sv: claims.sv };
}
