// ts_headline marks matches with control characters (never HTML): this turns its output into
// plain text parts, which React renders as text and <mark> elements. Whatever the stored text
// contains (tags, quotes, stray markers), it is only ever rendered as text.
export const START_SEL = "\u0001";
export const STOP_SEL = "\u0002";

export type HighlightPart = { text: string; match: boolean };

/**
 * Splits `marked` on the start/stop markers. An unbalanced marker (a start without a stop, a stop
 * alone) is dropped rather than trusted; empty parts are omitted and neighbours of the same kind
 * merged, so the result is minimal.
 */
export function splitHighlight(marked: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  };
  let inside = false;
  let buffer = "";
  for (const char of marked) {
    if (char === START_SEL) {
      push(buffer, false);
      buffer = "";
      inside = true;
    } else if (char === STOP_SEL) {
      push(buffer, inside);
      buffer = "";
      inside = false;
    } else buffer += char;
  }
  // A start never closed: what follows is shown, but not as a match.
  push(buffer, false);
  return parts;
}

/** The plain text of parts (for tests and accessible names). */
export function plainText(parts: readonly HighlightPart[]): string {
  return parts.map((part) => part.text).join("");
}
