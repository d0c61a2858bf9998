import { describe, expect, it } from "vitest";
import { shouldStartJobs } from "./conditions";

const url = "postgresql://postgres@127.0.0.1:5432/app";

describe("shouldStartJobs", () => {
  it("starts with a database, outside a build", () => {
    expect(shouldStartJobs({ DATABASE_URL: url })).toBe(true);
    expect(shouldStartJobs({ DATABASE_URL: url, NEXT_PHASE: "phase-production-server" })).toBe(true);
  });

  it("never starts while next build runs", () => {
    expect(shouldStartJobs({ DATABASE_URL: url, NEXT_PHASE: "phase-production-build" })).toBe(false);
  });

  it("never starts without DATABASE_URL", () => {
    expect(shouldStartJobs({})).toBe(false);
    expect(shouldStartJobs({ DATABASE_URL: "" })).toBe(false);
  });

  it("stays off on an instance where the operator turned jobs off", () => {
    expect(shouldStartJobs({ DATABASE_URL: url, INTERPOLES_JOBS: "off" })).toBe(false);
  });
});
