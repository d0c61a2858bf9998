// A change's fields in words, shared by the change summary (pages) and the minutes' Markdown:
// ids are shown by the names they point to; internal fields are left out.
import type { Labels } from "./labels";

/** Fields of a change that say nothing to a reader. */
export const HIDDEN_CHANGE_FIELDS: ReadonlySet<string> = new Set(["kind", "expectedVersion", "ref"]);

export function displayValue(value: unknown, labels: Labels): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.map((item) => displayValue(item, labels)).join(" · ");
  if (typeof value === "object") return Object.values(value).map((item) => displayValue(item, labels)).join(" : ");
  const text = String(value);
  return labels.get(text) ?? text;
}
