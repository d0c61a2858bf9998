// The rate limit of writes: how many Server Actions that change something one person may run per
// minute, in one organisation (or on their own account, for the actions outside organisations).
// A person filling forms does a few writes a minute; a script replaying an action in a loop does
// thousands. The bound stops the loop without ever stopping a person, and without stopping the
// end-to-end suite, whose busiest test writes a few dozen times a minute as one user.
// Pure (no server-only): the tests read the same numbers and keys.
import type { RateLimit } from "./consume";

export const WRITES_PER_MEMBER: RateLimit = { limit: 120, windowMs: 60_000 };

/** Organisation-less writes (account, new organisation, accepting an invitation) share one key. */
export const ACCOUNT_SCOPE = "account";

/** One key per person and organisation: a busy organisation never slows another one down. */
export function writeKey(userId: string, organizationId: string | null): string {
  return `write:user:${userId}:org:${organizationId ?? ACCOUNT_SCOPE}`;
}
