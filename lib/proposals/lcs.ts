// The longest common subsequence of two sequences, as a list of operations: what both keep, what
// only the first has (removed) and what only the second has (added). Used for the line diff of a
// proposal's texts and for comparing two change sets. Quadratic in time and memory: proposal texts
// and change sets are small (a change set holds at most 200 changes, texts a few hundred lines).
export type DiffOp<T> =
  | { op: "same"; a: T; b: T }
  | { op: "removed"; a: T }
  | { op: "added"; b: T };

export function lcsDiff<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean = Object.is): DiffOp<T>[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  // lengths[i * cols + j]: LCS length of a[i..] and b[j..].
  const lengths = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * cols + j] = equal(a[i]!, b[j]!)
        ? lengths[(i + 1) * cols + j + 1]! + 1
        : Math.max(lengths[(i + 1) * cols + j]!, lengths[i * cols + j + 1]!);
    }
  }
  const ops: DiffOp<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (equal(a[i]!, b[j]!)) {
      ops.push({ op: "same", a: a[i]!, b: b[j]! });
      i++;
      j++;
    } else if (lengths[(i + 1) * cols + j]! >= lengths[i * cols + j + 1]!) {
      ops.push({ op: "removed", a: a[i++]! });
    } else {
      ops.push({ op: "added", b: b[j++]! });
    }
  }
  while (i < a.length) ops.push({ op: "removed", a: a[i++]! });
  while (j < b.length) ops.push({ op: "added", b: b[j++]! });
  return ops;
}
