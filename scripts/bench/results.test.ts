// The bench's arithmetic and verdicts: ratios to the ceiling, large/small server time, and which
// figures miss the targets.
import { describe, expect, it } from "vitest";
import { type Results, verdicts, withRatios } from "./results";

const page = (name: string, org: "large" | "small", rps: number, p99_ms = 50) => ({ name, org, path: `/${name}`, rps, p50_ms: 10, p99_ms, failed: 0 });

describe("withRatios", () => {
  it("divides by the ceiling and compares each large page with the same small one", () => {
    const pages = withRatios([page("home", "large", 60), page("home", "small", 80), page("map", "large", 30)], 100);
    expect(pages[0]).toMatchObject({ ratio: 0.6, large_small_ratio: 1.33 });
    expect(pages[1]).toMatchObject({ ratio: 0.8 });
    expect(pages[1]).not.toHaveProperty("large_small_ratio");
    expect(pages[2]).not.toHaveProperty("large_small_ratio");
  });
});

describe("verdicts", () => {
  const base = {
    ceiling: { rps: 100 }, answers: { per_s: 250 }, screens: [],
    pages: withRatios([page("home", "large", 70), page("home", "small", 80)], 100),
  } as unknown as Results;

  it("passes figures within every target", () => {
    expect(verdicts(base).filter((v) => !v.pass)).toEqual([]);
  });

  it("fails a slow page, a page under 0.6× the ceiling, too few answers and a heavy screen", () => {
    const screen = { name: "map", status: 200, bytes: 400 * 1024, requests: 40, prefetches: 30, dom: 3000, ecoindex: 42, grade: "D", lighthouse_performance: 90, lighthouse_accessibility: 100 };
    const failing = verdicts({ ...base, answers: { per_s: 150 }, pages: withRatios([page("home", "large", 50, 150), page("home", "small", 100)], 100), screens: [screen] } as unknown as Results)
      .filter((v) => !v.pass).map((v) => v.what);
    expect(failing).toEqual([
      "home (large): throughput / ceiling", "home (large): p99 at 20 connections", "home: large / small server time",
      "answers per second", "map: transferred", "map: requests with link prefetches", "map: EcoIndex", "map: Lighthouse performance",
    ]);
  });
});
