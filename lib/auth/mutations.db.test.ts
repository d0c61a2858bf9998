import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { signIn, signUp } from "./mutations";
import { verifyPassword } from "./password";
import { createTestUser, TEST_PASSWORD, uniqueEmail, uniqueIp } from "./test-users";

describe("signUp", () => {
  it("creates the user with a normalised email and a scrypt hash", async () => {
    const email = uniqueEmail("Camille");
    const result = await signUp({ email: `  ${email.toUpperCase()} `, name: " Camille ", password: TEST_PASSWORD }, uniqueIp());
    if (!result.ok) throw new Error(`sign-up refused: ${result.reason}`);
    const user = await db.user.findUniqueOrThrow({ where: { id: result.user.id } });
    expect(user.email).toBe(email.toLowerCase());
    expect(user.name).toBe("Camille");
    expect(user.passwordHash).not.toContain(TEST_PASSWORD);
    expect(await verifyPassword(TEST_PASSWORD, user.passwordHash!)).toBe(true);
    expect(result.user.sessionVersion).toBe(user.sessionVersion);
  });

  it("refuses an email already used, whatever its case", async () => {
    const existing = await createTestUser();
    const result = await signUp({ email: existing.email.toUpperCase(), name: "Autre", password: TEST_PASSWORD }, uniqueIp());
    expect(result).toEqual({ ok: false, reason: "emailTaken" });
    expect(await db.user.count({ where: { email: existing.email } })).toBe(1);
  });

  it("lets only one of two simultaneous sign-ups with the same email through", async () => {
    const email = uniqueEmail();
    const results = await Promise.all([0, 1].map(() => signUp({ email, name: "Dup", password: TEST_PASSWORD }, uniqueIp())));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "emailTaken" }]);
  });

  it.each([
    ["password1", "common"],
    ["court", "tooShort"],
  ] as const)("refuses %j (%s) and writes nothing", async (password, problem) => {
    const email = uniqueEmail();
    expect(await signUp({ email, name: "Refus", password }, uniqueIp())).toEqual({ ok: false, reason: "weakPassword", problem });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("refuses the email as password", async () => {
    const email = uniqueEmail();
    expect(await signUp({ email, name: "Refus", password: email }, uniqueIp())).toMatchObject({ problem: "sameAsEmail" });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("is limited per IP", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 10; i++) expect((await signUp({ email: uniqueEmail(), name: "N", password: TEST_PASSWORD }, ip)).ok).toBe(true);
    const email = uniqueEmail();
    expect(await signUp({ email, name: "N", password: TEST_PASSWORD }, ip)).toMatchObject({ ok: false, reason: "rateLimited" });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});

describe("signIn", () => {
  it("accepts the right password, with any case and spacing of the email", async () => {
    const user = await createTestUser();
    const result = await signIn({ email: ` ${user.email.toUpperCase()}`, password: TEST_PASSWORD }, uniqueIp());
    expect(result).toEqual({ ok: true, user: { id: user.id, sessionVersion: user.sessionVersion } });
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const user = await createTestUser();
    expect(await signIn({ email: user.email, password: "not-the-password" }, uniqueIp())).toEqual({ ok: false, reason: "invalidCredentials" });
    expect(await signIn({ email: uniqueEmail(), password: TEST_PASSWORD }, uniqueIp())).toEqual({ ok: false, reason: "invalidCredentials" });
  });

  it("refuses an account without password (single sign-on only)", async () => {
    const user = await createTestUser({ password: null });
    expect(await signIn({ email: user.email, password: "" }, uniqueIp())).toEqual({ ok: false, reason: "invalidCredentials" });
  });

  it("refuses a disabled account, saying so only to someone who knows the password", async () => {
    const user = await createTestUser({ disabled: true });
    expect(await signIn({ email: user.email, password: TEST_PASSWORD }, uniqueIp())).toEqual({ ok: false, reason: "disabled" });
    expect(await signIn({ email: user.email, password: "wrong-password" }, uniqueIp())).toEqual({ ok: false, reason: "invalidCredentials" });
  });

  it("stops after 10 failures for one email, even with the right password, from any IP", async () => {
    const user = await createTestUser();
    for (let i = 0; i < 10; i++) {
      expect(await signIn({ email: user.email, password: `wrong-${i}` }, uniqueIp())).toMatchObject({ reason: "invalidCredentials" });
    }
    const limited = await signIn({ email: user.email, password: TEST_PASSWORD }, uniqueIp());
    expect(limited).toMatchObject({ ok: false, reason: "rateLimited" });
    if (!limited.ok && limited.reason === "rateLimited") expect(limited.retryAfterMs).toBeGreaterThan(14 * 60_000);
  });

  it("stops after 50 failures from one IP, whatever the email", async () => {
    const ip = uniqueIp();
    const user = await createTestUser();
    for (let i = 0; i < 50; i++) await signIn({ email: uniqueEmail(), password: "wrong-password" }, ip);
    expect(await signIn({ email: user.email, password: TEST_PASSWORD }, ip)).toMatchObject({ ok: false, reason: "rateLimited" });
    expect((await signIn({ email: user.email, password: TEST_PASSWORD }, uniqueIp())).ok).toBe(true);
  }, 120_000);

  it("counts failures only: successful sign-ins do not use the allowance up", async () => {
    const user = await createTestUser();
    const ip = uniqueIp();
    for (let i = 0; i < 12; i++) expect((await signIn({ email: user.email, password: TEST_PASSWORD }, ip)).ok).toBe(true);
  });
});
