// How the review is cut into pages: whole circles only (a circle is never split), at most 8 per
// page, and at most about 100 accountabilities, so that a page of big circles stays light (grade A
// on EcoIndex, a few hundred elements, quick to show on a phone, on a 25,000-accountability
// organisation) while small circles still come 8 at a time. A circle bigger than the budget gets a
// page of its own. The exports hold everything at once.
export const REVIEW_CIRCLES_PER_PAGE = 8;
export const REVIEW_ACCOUNTABILITIES_PER_PAGE = 100;

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
