// Comparing the change sets of two versions: which changes only the first has (removed), only the
// second (added), and which were edited (same kind, same target, other content). Changes are
// compared by content, not by row id: each version stores its own copy of its change set.
import type { ChangeInput } from "@/lib/record/changes";
import { lcsDiff } from "./lcs";

export type ChangeSetStep =
  | { kind: "same"; change: ChangeInput }
  | { kind: "added"; change: ChangeInput }
  | { kind: "removed"; change: ChangeInput }
  | { kind: "changed"; before: ChangeInput; after: ChangeInput };

/** Stable text of a change: keys sorted, so that two equal changes always compare equal. */
export function changeKey(change: ChangeInput): string {
  const record = change as Record<string, unknown>;
  return JSON.stringify(Object.keys(record).sort().map((key) => [key, record[key]]));
}

/** What a change acts on: its kind and its first id field (or its ref, for creations). */
function target(change: ChangeInput): string {
  const record = change as Record<string, unknown>;
  const idField = Object.keys(record).find((key) => key.endsWith("Id") && key !== "parentId");
  return `${change.kind}|${idField ? String(record[idField]) : String(record.ref ?? "")}`;
}

export function diffChangeSets(before: readonly ChangeInput[], after: readonly ChangeInput[]): ChangeSetStep[] {
  const ops = lcsDiff(before, after, (x, y) => changeKey(x) === changeKey(y));
  const steps: ChangeSetStep[] = [];
  for (const op of ops) {
    if (op.op === "same") steps.push({ kind: "same", change: op.b });
    else if (op.op === "removed") steps.push({ kind: "removed", change: op.a });
    else {
      // An addition right after a removal of the same target is an edit of that change.
      const previous = steps.at(-1);
      if (previous?.kind === "removed" && target(previous.change) === target(op.b)) {
        steps[steps.length - 1] = { kind: "changed", before: previous.change, after: op.b };
      } else {
        steps.push({ kind: "added", change: op.b });
      }
    }
  }
  return steps;
}
