import { describe, expect, it } from "vitest";
import { outboxAllowed } from "./outbox-policy";

describe("outboxAllowed", () => {
  it("opens the outbox while developing", () => {
    expect(outboxAllowed("development", undefined)).toBe(true);
    expect(outboxAllowed("test", undefined)).toBe(true);
  });

  it("keeps it closed in production unless explicitly switched on", () => {
    expect(outboxAllowed("production", undefined)).toBe(false);
    expect(outboxAllowed("production", "true")).toBe(false);
    expect(outboxAllowed("production", "on")).toBe(true);
  });
});
