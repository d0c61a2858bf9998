// Invitation tokens: 32 random bytes in the link; only their SHA-256 is stored, so that a copy of
// the database cannot be used to join an organisation.
import { createHash, randomBytes } from "node:crypto";

export const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A token as we issue it (43 base64url characters); anything else is unknown without a query. */
export function looksLikeInvitationToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
