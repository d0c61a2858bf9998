// Known values from the reference implementation's own tests (cnumr/ecoindex_python,
// tests/compute/test_ecoindex.py): the same inputs must give the same quantiles, scores, grades.
import { describe, expect, it } from "vitest";
import { ecoIndex, grade, QUANTILES, quantile, score } from "./ecoindex";

describe("EcoIndex", () => {
  it("places values among the reference quantiles", () => {
    expect(quantile(QUANTILES.sizeKb, 2500)).toBeCloseTo(14.086372025739513, 12);
    expect(quantile(QUANTILES.dom, 150)).toBeCloseTo(2.892857142857143, 12);
    expect(quantile(QUANTILES.requests, 23)).toBeCloseTo(2.8, 12);
    expect(quantile(QUANTILES.sizeKb, 310182.902)).toBe(20);
  });

  it("scores pages as the reference does", () => {
    expect(score({ dom: 100, requests: 100, sizeKb: 100 })).toBe(72);
    expect(score({ dom: 100, requests: 100, sizeKb: 1000 })).toBe(67);
    expect(score({ dom: 100, requests: 100, sizeKb: 10000 })).toBe(58);
    expect(score({ dom: 200, requests: 200, sizeKb: 10000 })).toBe(46);
    expect(score({ dom: 2355, requests: 267, sizeKb: 2493 })).toBe(10);
    expect(score({ dom: 240, requests: 20, sizeKb: 331 })).toBe(83);
  });

  it("grades strictly above each bound", () => {
    expect(grade(2)).toBe("G");
    expect(grade(10)).toBe("G");
    expect(grade(25)).toBe("F");
    expect(grade(50.2)).toBe("D");
    expect(grade(80)).toBe("B");
    expect(grade(81)).toBe("A");
    expect(grade(100)).toBe("A");
  });

  it("gives the reference's full result, size in bytes", () => {
    expect(ecoIndex({ dom: 100, requests: 100, bytes: 100 * 1024 })).toEqual({ score: 72, grade: "B", ges: 1.56, water: 2.34 });
    expect(ecoIndex({ dom: 2240, requests: 100, bytes: 310182.902 * 1024 })).toEqual({ score: 16, grade: "F", ges: 2.68, water: 4.02 });
  });

  it("keeps a small page in grade A", () => {
    expect(ecoIndex({ dom: 100, requests: 10, bytes: 100 * 1024 }).grade).toBe("A");
  });
});
