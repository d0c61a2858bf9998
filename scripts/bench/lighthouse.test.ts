// How several Lighthouse runs of one screen become one score (./lighthouse.ts).
import { describe, expect, it } from "vitest";
import { combineRuns } from "./lighthouse";

const run = (performance: number | null, accessibility: number | null, failing_audits: string[] = []) => ({ performance, accessibility, failing_audits });

describe("combineRuns", () => {
  it("keeps the median performance, the lowest accessibility and every failing audit", () => {
    expect(combineRuns([run(91, 100), run(99, 100), run(96, 98, ["label"])])).toEqual({ performance: 96, accessibility: 98, failing_audits: ["label"] });
    expect(combineRuns([run(99, 100, ["label"]), run(90, 100, ["label", "color-contrast"])])).toEqual({ performance: 90, accessibility: 100, failing_audits: ["label", "color-contrast"] });
  });

  it("leaves out the runs that failed, and gives no score when all did", () => {
    expect(combineRuns([run(null, null), run(97, 100), run(95, 100)])).toMatchObject({ performance: 95, accessibility: 100 });
    expect(combineRuns([run(null, null)])).toEqual({ performance: null, accessibility: null, failing_audits: [] });
  });
});
