import { describe, expect, it } from "vitest";
import { hashInvitationToken, looksLikeInvitationToken, newInvitationToken } from "./token";

describe("invitation tokens", () => {
  it("are 32 random bytes in base64url, stored as their SHA-256", () => {
    const { token, tokenHash } = newInvitationToken();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(looksLikeInvitationToken(token)).toBe(true);
    expect(tokenHash).toBe(hashInvitationToken(token));
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).not.toContain(token);
  });

  it("differ every time", () => {
    expect(newInvitationToken().token).not.toBe(newInvitationToken().token);
  });

  it("recognises only the shape we issue", () => {
    expect(looksLikeInvitationToken("short")).toBe(false);
    expect(looksLikeInvitationToken("a".repeat(42) + "/")).toBe(false);
  });
});
