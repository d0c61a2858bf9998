import { describe, expect, it } from "vitest";
import { instantToWallClock, wallClockToInstant } from "./time";

describe("meeting wall-clock time (Europe/Paris)", () => {
  it("reads winter and summer times with their own offsets", () => {
    expect(wallClockToInstant("2026-12-10T18:30").toISOString()).toBe("2026-12-10T17:30:00.000Z");
    expect(wallClockToInstant("2026-07-01T09:00").toISOString()).toBe("2026-07-01T07:00:00.000Z");
  });

  it("round-trips through the input's format", () => {
    for (const local of ["2026-12-10T18:30", "2026-03-29T01:59", "2026-03-29T03:00", "2026-10-25T12:00"]) {
      expect(instantToWallClock(wallClockToInstant(local))).toBe(local);
    }
  });

  it("moves a time skipped by the spring change forward", () => {
    expect(instantToWallClock(wallClockToInstant("2026-03-29T02:30"))).toBe("2026-03-29T03:30");
  });
});
