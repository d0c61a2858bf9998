import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { linkOidcIdentity } from "./oidc-link";
import { createTestUser, uniqueEmail } from "./test-users";

const identity = (overrides: Partial<Parameters<typeof linkOidcIdentity>[1]> = {}) => ({
  provider: "oidc",
  providerAccountId: randomUUID(),
  email: uniqueEmail("sso"),
  emailVerified: true,
  name: "Sacha SSO",
  ...overrides,
});

describe("linkOidcIdentity", () => {
  it("creates a user without password on first sign-in, then finds it through the account", async () => {
    const email = uniqueEmail("sso");
    const id = identity({ email });
    const first = await linkOidcIdentity(db, id);
    if (!first.ok) throw new Error(first.reason);
    expect(first.created).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { id: first.user.id }, include: { accounts: true } });
    expect(user).toMatchObject({ email, name: "Sacha SSO", passwordHash: null });
    expect(user.accounts).toMatchObject([{ provider: "oidc", providerAccountId: id.providerAccountId }]);
    // Later sign-ins use the link even if the provider's email changed since.
    const again = await linkOidcIdentity(db, { ...id, email: uniqueEmail(), emailVerified: false });
    expect(again).toEqual({ ok: true, user: first.user, created: false });
  });

  it("links to the existing user with the same verified email", async () => {
    const existing = await createTestUser();
    const result = await linkOidcIdentity(db, identity({ email: existing.email.toUpperCase() }));
    expect(result).toEqual({ ok: true, user: { id: existing.id, sessionVersion: existing.sessionVersion }, created: false });
    expect(await db.account.count({ where: { userId: existing.id } })).toBe(1);
  });

  it("never links or creates on an unverified email", async () => {
    const existing = await createTestUser();
    expect(await linkOidcIdentity(db, identity({ email: existing.email, emailVerified: false }))).toEqual({ ok: false, reason: "emailUnverified" });
    expect(await db.account.count({ where: { userId: existing.id } })).toBe(0);
    const email = uniqueEmail();
    expect(await linkOidcIdentity(db, identity({ email, emailVerified: null }))).toEqual({ ok: false, reason: "emailUnverified" });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("refuses a missing email and a disabled user", async () => {
    expect(await linkOidcIdentity(db, identity({ email: null }))).toEqual({ ok: false, reason: "emailMissing" });
    const disabled = await createTestUser({ disabled: true });
    expect(await linkOidcIdentity(db, identity({ email: disabled.email }))).toEqual({ ok: false, reason: "disabled" });
    expect(await db.account.count({ where: { userId: disabled.id } })).toBe(0);
  });

  it("creates one user when the same first sign-in arrives twice at once", async () => {
    const email = uniqueEmail();
    const id = identity({ email });
    const results = await Promise.all([linkOidcIdentity(db, id), linkOidcIdentity(db, id)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await db.account.count({ where: { providerAccountId: id.providerAccountId } })).toBe(1);
  });
});
