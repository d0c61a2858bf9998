import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { readSessionClaims } from "./session-token";

const SECRET = "a-test-secret-that-is-long-enough-for-hkdf-0001";
const USER = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

async function token(maxAge: number, secret = SECRET): Promise<string> {
  return encode({ token: { sub: USER, sv: 3 }, secret, maxAge });
}

describe("readSessionClaims", () => {
  it("reads the user and session version next-auth's encoder wrote", async () => {
    expect(await readSessionClaims(await token(3600), SECRET)).toEqual({ userId: USER, sv: 3 });
  });

  it("refuses a token past its expiry, even one already read while it was valid", async () => {
    const t = await token(60);
    expect(await readSessionClaims(t, SECRET)).not.toBeNull();
    expect(await readSessionClaims(t, SECRET, Date.now() + 61_000 + 15_000)).toBeNull();
    // Within next-auth's clock tolerance it still stands.
    expect(await readSessionClaims(t, SECRET, Date.now() + 61_000)).not.toBeNull();
  });

  it("refuses a token sealed with another secret, even after reading it under its own", async () => {
    const t = await token(3600, "another-secret-entirely-also-long-enough-0002");
    expect(await readSessionClaims(t, "another-secret-entirely-also-long-enough-0002")).not.toBeNull();
    expect(await readSessionClaims(t, SECRET)).toBeNull();
  });

  it("refuses garbage and tampered tokens", async () => {
    expect(await readSessionClaims("not-a-jwt", SECRET)).toBeNull();
    const t = await token(3600);
    const tampered = `${t.slice(0, -4)}${t.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    expect(await readSessionClaims(tampered, SECRET)).toBeNull();
  });
});
