import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const base = { DATABASE_URL: "postgresql://u@localhost:5432/db" };

describe("parseEnv", () => {
  it("accepts a minimal development configuration and applies defaults", () => {
    const env = parseEnv(base);
    expect(env.SMTP_PORT).toBe(587);
    expect(env.TRUST_PROXY).toBe(false);
    expect(env.OIDC_ISSUER).toBeUndefined();
  });

  it("names the missing database URL", () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/postgresql:\/\//);
  });

  it("requires a long secret in production", () => {
    expect(() => parseEnv({ ...base, NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET/);
    expect(() => parseEnv({ ...base, NODE_ENV: "production", NEXTAUTH_SECRET: "short" })).toThrow(EnvError);
    expect(parseEnv({ ...base, NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32) }).NEXTAUTH_SECRET).toHaveLength(32);
  });

  it("treats empty variables as unset, as a copied .env.example leaves them", () => {
    const env = parseEnv({ ...base, SMTP_HOST: "", OIDC_ISSUER: "", NEXTAUTH_SECRET: "" });
    expect(env.SMTP_HOST).toBeUndefined();
    expect(env.OIDC_ISSUER).toBeUndefined();
  });

  it("wants all three OIDC variables or none", () => {
    expect(() => parseEnv({ ...base, OIDC_ISSUER: "https://sso.example.org/realms/coop" })).toThrow(/OIDC_CLIENT_ID/);
    const env = parseEnv({ ...base, OIDC_ISSUER: "https://sso.example.org/realms/coop", OIDC_CLIENT_ID: "app", OIDC_CLIENT_SECRET: "s" });
    expect(env.OIDC_CLIENT_ID).toBe("app");
  });

  it("refuses an invalid port", () => {
    expect(() => parseEnv({ ...base, SMTP_PORT: "99999" })).toThrow(/SMTP_PORT/);
  });
});
