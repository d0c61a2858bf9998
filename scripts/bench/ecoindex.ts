// EcoIndex of a page from its DOM element count, request count and transferred size, as the
// reference computes it (cnumr/ecoindex_reference's ecoindex_reference.json for the quantiles and
// grade bounds, cnumr/ecoindex_python's compute for the formula). Copied here rather than
// depended on: it is one table and four lines, and the reference packages are not on npm.

/** HTTP Archive quantiles (20 intervals) of the three criteria; size in KB. */
export const QUANTILES = {
  dom: [0, 47, 75, 159, 233, 298, 358, 417, 476, 537, 603, 674, 753, 843, 949, 1076, 1237, 1459, 1801, 2479, 594601],
  requests: [0, 2, 15, 25, 34, 42, 49, 56, 63, 70, 78, 86, 95, 105, 117, 130, 147, 170, 205, 281, 3920],
  sizeKb: [
    0, 1.37, 144.7, 319.53, 479.46, 631.97, 783.38, 937.91, 1098.62, 1265.47, 1448.32, 1648.27, 1876.08, 2142.06, 2465.37,
    2866.31, 3401.59, 4155.73, 5400.08, 8037.54, 223212.26,
  ],
} as const;

/** A page's score must be strictly above a grade's bound to get it (the reference's get_grade). */
export const GRADES = [
  { grade: "A", above: 80 }, { grade: "B", above: 70 }, { grade: "C", above: 55 }, { grade: "D", above: 40 },
  { grade: "E", above: 25 }, { grade: "F", above: 10 },
] as const;

export type Grade = (typeof GRADES)[number]["grade"] | "G";
export type EcoIndex = { score: number; grade: Grade; ges: number; water: number };

/** Where a value falls among the quantiles, interpolated within its interval (0 to 20). */
export function quantile(bounds: readonly number[], value: number): number {
  for (let i = 1; i < bounds.length; i++) {
    if (value < bounds[i]!) return i - 1 + (value - bounds[i - 1]!) / (bounds[i]! - bounds[i - 1]!);
  }
  return bounds.length - 1;
}

/** Python's round(): halves go to the even neighbour, so scores match the reference exactly. */
function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const diff = value - floor;
  if (Math.abs(diff - 0.5) > 1e-9) return Math.round(value);
  return floor % 2 === 0 ? floor : floor + 1;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export function score(page: { dom: number; requests: number; sizeKb: number }): number {
  const dom = quantile(QUANTILES.dom, page.dom);
  const requests = quantile(QUANTILES.requests, page.requests);
  const size = quantile(QUANTILES.sizeKb, page.sizeKb);
  return roundHalfEven(100 - (5 * (3 * dom + 2 * requests + size)) / 6);
}

export function grade(value: number): Grade {
  return GRADES.find((bound) => value > bound.above)?.grade ?? "G";
}

/** Score, grade, and the reference's greenhouse gases (gCO2e) and water (cl) per page view. */
export function ecoIndex(page: { dom: number; requests: number; bytes: number }): EcoIndex {
  const value = score({ dom: page.dom, requests: page.requests, sizeKb: page.bytes / 1024 });
  return { score: value, grade: grade(value), ges: round2(2 + (2 * (50 - value)) / 100), water: round2(3 + (3 * (50 - value)) / 100) };
}
