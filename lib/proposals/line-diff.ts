// A line diff of two texts (a proposal's title, reasons or free text between two versions).
// Lines are compared exactly; line endings are normalised so that a text saved from another
// system does not show as entirely changed.
import { lcsDiff } from "./lcs";

export type LineChange = { kind: "same" | "added" | "removed"; text: string };

function lines(text: string): string[] {
  if (text === "") return [];
  return text.replace(/\r\n?/g, "\n").split("\n");
}

export function lineDiff(before: string, after: string): LineChange[] {
  return lcsDiff(lines(before), lines(after)).map((step) =>
    step.op === "same" ? { kind: "same", text: step.a } : step.op === "removed" ? { kind: "removed", text: step.a } : { kind: "added", text: step.b },
  );
}

export function hasDifferences(diff: readonly LineChange[]): boolean {
  return diff.some((line) => line.kind !== "same");
}
