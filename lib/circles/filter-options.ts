// What a circle filter's select offers. A native select is the lightest accessible picker, but
// one option per circle makes every list page of a 500-circle organisation carry 500 elements
// (and their twin in the page's payload). So: every circle while the organisation is small; past
// that, the first two levels (the general circle and its sub-circles) plus the chosen circle and
// its ancestors, so a filter that arrived by link still shows (docs/decisions/0011-pages-that-stay-light.md).

/** Up to this many circles, the select lists them all. */
export const FULL_CIRCLE_LIST_MAX = 40;
/** Past it, circles down to this depth (0: the general circle). */
const SHOWN_DEPTH = 1;

type Circle = { id: string; parentId: string | null; depth: number };

/** `ordered`: the circles in tree order. `partial`: some circles were left out. */
export function circleFilterOptions<C extends Circle>(ordered: readonly C[], selectedId?: string | null): { options: C[]; partial: boolean } {
  if (ordered.length <= FULL_CIRCLE_LIST_MAX) return { options: [...ordered], partial: false };
  const byId = new Map(ordered.map((circle) => [circle.id, circle]));
  const chain = new Set<string>();
  for (let circle = selectedId ? byId.get(selectedId) : undefined, guard = 0; circle && guard < 10_000; guard++) {
    chain.add(circle.id);
    circle = circle.parentId ? byId.get(circle.parentId) : undefined;
  }
  return { options: ordered.filter((circle) => circle.depth <= SHOWN_DEPTH || chain.has(circle.id)), partial: true };
}
