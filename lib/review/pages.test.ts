import { describe, expect, it } from "vitest";
import { cutPages } from "./pages";

describe("cutPages", () => {
  it("gives no page for nothing", () => {
    expect(cutPages([])).toEqual([]);
  });

  it("puts up to maxCircles small circles on a page", () => {
    expect(cutPages(Array(45).fill(1), 20, 300)).toEqual([[0, 20], [20, 40], [40, 45]]);
  });

  it("starts a new page before the budget of accountabilities is exceeded", () => {
    expect(cutPages([100, 100, 100, 1, 50], 20, 300)).toEqual([[0, 3], [3, 5]]);
    expect(cutPages([200, 150, 150], 20, 300)).toEqual([[0, 1], [1, 3]]);
  });

  it("gives a circle bigger than the budget a page of its own, never splitting it", () => {
    expect(cutPages([10, 900, 10], 20, 300)).toEqual([[0, 1], [1, 2], [2, 3]]);
  });

  it("covers every circle exactly once, in order", () => {
    const sizes = Array.from({ length: 500 }, (_, i) => (i * 37) % 90);
    const pages = cutPages(sizes);
    expect(pages[0]?.[0]).toBe(0);
    expect(pages.at(-1)?.[1]).toBe(500);
    pages.forEach(([start, end], index) => {
      expect(end).toBeGreaterThan(start);
      if (index > 0) expect(start).toBe(pages[index - 1]![1]);
      const items = sizes.slice(start, end).reduce((a, b) => a + b, 0);
      expect(end - start === 1 || items <= 300).toBe(true);
      expect(end - start).toBeLessThanOrEqual(20);
    });
  });
});
