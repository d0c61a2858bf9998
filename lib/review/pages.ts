// How the review is cut into pages: whole circles only (a circle is never split), at most 10 per
// page, and at most about 150 accountabilities, so that a page of big circles stays light (grade A
// on EcoIndex, a few hundred elements, on a 25,000-accountability organisation) while small
// circles still come 10 at a time. A circle bigger than the budget gets a page of its own.
export const REVIEW_CIRCLES_PER_PAGE = 10;
export const REVIEW_ACCOUNTABILITIES_PER_PAGE = 150;

/** The pages as [start, end) index ranges over `sizes` (accountabilities per circle, in order). */
export function cutPages(
  sizes: readonly number[],
  maxCircles = REVIEW_CIRCLES_PER_PAGE,
  maxItems = REVIEW_ACCOUNTABILITIES_PER_PAGE,
): [number, number][] {
  const pages: [number, number][] = [];
  let start = 0;
  let items = 0;
  sizes.forEach((size, index) => {
    const full = index - start >= maxCircles || (index > start && items + size > maxItems);
    if (full) {
      pages.push([start, index]);
      start = index;
      items = 0;
    }
    items += size;
  });
  if (sizes.length > start) pages.push([start, sizes.length]);
  return pages;
}
