import { describe, expect, it } from "vitest";
import { canEditSettings } from "./policy";
import { settingsSchema } from "./schema";

const valid = { abstentionAllowed: false, absenteePolicy: "wait_for_all", quorumPercent: "50", defaultDeadlineHours: "72", reviewPeriodDays: "365", objectionTester: "facilitator" };

describe("circle settings", () => {
  it("admins and the lead link may edit; observers never", () => {
    expect(canEditSettings("admin", false)).toBe(true);
    expect(canEditSettings("member", true)).toBe(true);
    expect(canEditSettings("member", false)).toBe(false);
    expect(canEditSettings("observer", true)).toBe(false);
  });

  it("keeps the bounds the machine relies on", () => {
    expect(settingsSchema.parse(valid)).toMatchObject({ quorumPercent: 50, defaultDeadlineHours: 72 });
    expect(settingsSchema.parse({ ...valid, quorumPercent: "" }).quorumPercent).toBeNull();
    for (const bad of [{ quorumPercent: "0" }, { quorumPercent: "101" }, { defaultDeadlineHours: "0" }, { defaultDeadlineHours: "1441" }, { reviewPeriodDays: "1096" }, { reviewPeriodDays: "1.5" }, { absenteePolicy: "D" }]) {
      expect(settingsSchema.safeParse({ ...valid, ...bad }).success).toBe(false);
    }
  });
});
