import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";
import { hashPassword, verifyPassword } from "./password";

describe("passwordProblem", () => {
  it("accepts a long, uncommon password", () => {
    expect(passwordProblem("cercle-pôle-consentement", "a@example.org")).toBeNull();
  });

  it("refuses fewer than 8 characters, counting characters rather than UTF-16 units", () => {
    expect(passwordProblem("k7#vQ2x", "a@example.org")).toBe("tooShort");
    expect(passwordProblem("k7#vQ2xy", "a@example.org")).toBeNull();
    // 4 emoji are 8 UTF-16 units but 4 characters.
    expect(passwordProblem("🌱🌱🌱🌱", "a@example.org")).toBe("tooShort");
  });

  it("refuses more than 200 characters", () => {
    expect(passwordProblem("x9".repeat(100), "a@example.org")).toBeNull();
    expect(passwordProblem(`${"x9".repeat(100)}z`, "a@example.org")).toBe("tooLong");
  });

  it("refuses common passwords whatever their case", () => {
    expect(passwordProblem("password", "a@example.org")).toBe("common");
    expect(passwordProblem("PassWord", "a@example.org")).toBe("common");
    expect(passwordProblem("12345678", "a@example.org")).toBe("common");
    expect(passwordProblem("qwertyuiop", "a@example.org")).toBe("common");
  });

  it("refuses the person's own email address", () => {
    expect(passwordProblem("Camille@Example.org", "camille@example.org")).toBe("sameAsEmail");
    expect(passwordProblem("camille@example.org", "other@example.org")).toBeNull();
  });
});

describe("hashPassword / verifyPassword", () => {
  it("verifies the right password only, with a fresh salt each time", async () => {
    const [a, b] = await Promise.all([hashPassword("cercle-pôle-1"), hashPassword("cercle-pôle-1")]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("cercle-pôle-1", a)).toBe(true);
    expect(await verifyPassword("cercle-pôle-2", a)).toBe(false);
  });

  it("treats equivalent Unicode forms as the same password (NFKC)", async () => {
    const hash = await hashPassword("pôle-cafe\u0301");
    expect(await verifyPassword("pôle-café", hash)).toBe(true);
  });

  it("refuses a malformed stored hash instead of throwing", async () => {
    expect(await verifyPassword("anything", "")).toBe(false);
    expect(await verifyPassword("anything", "bcrypt$x")).toBe(false);
  });
});
