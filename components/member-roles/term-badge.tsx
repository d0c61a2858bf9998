// The state of a term that needs attention: ending within 30 days, or already over. A running
// term needs no badge. Text, not colour alone, carries the meaning.
import type { TermState } from "@/lib/home/term";

const LOOKS = {
  endsSoon: "bg-amber-100 text-amber-900",
  ended: "bg-red-100 text-red-900",
} as const;

export function TermBadge({ term, labels }: { term: TermState | null; labels: Record<keyof typeof LOOKS, string> }) {
  if (term !== "endsSoon" && term !== "ended") return null;
  return <strong className={`ms-2 rounded px-2 py-0.5 text-sm font-semibold ${LOOKS[term]}`}>{labels[term]}</strong>;
}
