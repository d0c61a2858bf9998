// Invitations by email leave the server: bounded so that nobody can use an organisation to flood
// mailboxes. Keys always use the same window (see lib/rate-limit/consume.ts).
import type { RateLimit } from "@/lib/rate-limit/consume";

const HOUR = 60 * 60_000;

export const EMAIL_INVITATIONS_PER_ORGANIZATION: RateLimit = { limit: 50, windowMs: HOUR };
/** Whatever the organisation, one address gets few invitations. */
export const EMAIL_INVITATIONS_PER_ADDRESS: RateLimit = { limit: 3, windowMs: HOUR };

export const keys = {
  organization: (organizationId: string) => `invitation-email:org:${organizationId}`,
  address: (email: string) => `invitation-email:to:${email}`,
};
