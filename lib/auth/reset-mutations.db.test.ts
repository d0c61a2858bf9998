import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { verifyPassword } from "./password";
import { requestPasswordReset, resetPassword, resetTokenIsUsable } from "./reset-mutations";
import { hashResetToken } from "./reset-token";
import { createTestUser, uniqueEmail, uniqueIp } from "./test-users";

const NEW_PASSWORD = "un-tout-nouveau-secret";

/** Requests a reset for `email` and returns the token found in the recorded email. */
async function requestToken(email: string): Promise<string> {
  expect(await requestPasswordReset({ email }, uniqueIp())).toEqual({ ok: true });
  const sent = await db.outboundEmail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  const token = /\/reset-password\/([A-Za-z0-9_-]{43})$/m.exec(sent.text)?.[1];
  if (!token) throw new Error(`no link in: ${sent.text}`);
  return token;
}

describe("requestPasswordReset", () => {
  it("emails a link whose token is stored only as its SHA-256, valid one hour", async () => {
    const user = await createTestUser();
    const token = await requestToken(user.email);
    const rows = await db.passwordReset.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashResetToken(token));
    expect(rows[0]!.tokenHash).not.toContain(token);
    const ttl = rows[0]!.expiresAt.getTime() - rows[0]!.createdAt.getTime();
    expect(ttl).toBeGreaterThan(59 * 60_000);
    expect(ttl).toBeLessThanOrEqual(60 * 60_000 + 1000);
    expect(await resetTokenIsUsable(token)).toBe(true);
  });

  it("answers the same for an unknown email, and sends nothing", async () => {
    const email = uniqueEmail();
    expect(await requestPasswordReset({ email }, uniqueIp())).toEqual({ ok: true });
    expect(await db.outboundEmail.count({ where: { to: email } })).toBe(0);
  });

  it("quietly stops emailing one address after 3 requests an hour", async () => {
    const user = await createTestUser();
    for (let i = 0; i < 5; i++) expect(await requestPasswordReset({ email: user.email }, uniqueIp())).toEqual({ ok: true });
    expect(await db.outboundEmail.count({ where: { to: user.email } })).toBe(3);
  });

  it("is limited per IP", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 10; i++) await requestPasswordReset({ email: uniqueEmail() }, ip);
    expect(await requestPasswordReset({ email: uniqueEmail() }, ip)).toMatchObject({ ok: false, reason: "rateLimited" });
  });
});

describe("resetPassword", () => {
  it("sets the password, bumps the session version and uses every pending link up", async () => {
    const user = await createTestUser();
    const older = await requestToken(user.email);
    const token = await requestToken(user.email);
    const result = await resetPassword({ token, password: NEW_PASSWORD });
    expect(result).toEqual({ ok: true, user: { id: user.id, sessionVersion: user.sessionVersion + 1 } });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(NEW_PASSWORD, after.passwordHash!)).toBe(true);
    expect(await resetPassword({ token, password: "encore-un-autre-secret" })).toEqual({ ok: false, reason: "invalidToken" });
    expect(await resetPassword({ token: older, password: "encore-un-autre-secret" })).toEqual({ ok: false, reason: "invalidToken" });
  });

  it("refuses an expired link", async () => {
    const user = await createTestUser();
    const token = await requestToken(user.email);
    await db.passwordReset.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resetTokenIsUsable(token)).toBe(false);
    expect(await resetPassword({ token, password: NEW_PASSWORD })).toEqual({ ok: false, reason: "invalidToken" });
  });

  it("refuses unknown and malformed tokens", async () => {
    expect(await resetPassword({ token: "A".repeat(43), password: NEW_PASSWORD })).toEqual({ ok: false, reason: "invalidToken" });
    expect(await resetPassword({ token: "../../etc", password: NEW_PASSWORD })).toEqual({ ok: false, reason: "invalidToken" });
  });

  it("lets only one of two simultaneous uses of a link through", async () => {
    const user = await createTestUser();
    const token = await requestToken(user.email);
    const results = await Promise.all(
      ["premier-nouveau-secret", "second-nouveau-secret"].map((password) => resetPassword({ token, password })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "invalidToken" }]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(user.sessionVersion + 1);
  });

  it("refuses a weak password without using the link up", async () => {
    const user = await createTestUser();
    const token = await requestToken(user.email);
    expect(await resetPassword({ token, password: user.email })).toEqual({ ok: false, reason: "weakPassword", problem: "sameAsEmail" });
    expect(await resetTokenIsUsable(token)).toBe(true);
  });
});
