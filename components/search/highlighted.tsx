// Text with its matches marked. Parts are plain strings rendered as React text: nothing a record
// or a query contains is ever interpreted as HTML.
import type { HighlightPart } from "@/lib/search/highlight";

export function Highlighted({ parts }: { parts: readonly HighlightPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-slate-900">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
