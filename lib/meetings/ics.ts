// A meeting as an iCalendar file (RFC 5545), written here rather than with the `ics` package:
// its version 3.12.0 folds lines at 75 *characters*, so a French title with accents could give
// lines over the 75 *octets* the RFC allows, which strict clients reject. Pure, so it is tested
// byte for byte: escaping of TEXT values, folding at 75 octets, times in UTC.

export type CalendarEvent = {
  /** Stable per meeting: a client replaces the event it already has instead of adding one. */
  uid: string;
  /** Grows whenever the details change, so clients take the newer file. */
  sequence: number;
  /** When this version of the event was written. */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  location: string;
  description: string;
  url: string;
  cancelled: boolean;
};

const CRLF = "\r\n";
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    // Other control characters are not allowed in a content line.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

/** A URI value: no escaping, but nothing that could end the line or break the property. */
function uriValue(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f\s]/g, "");
}

/**
 * Folds a content line (RFC 5545 §3.1): no line longer than 75 octets, each continuation begins
 * with one space (which counts), and a multi-byte character is never cut in two.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** A DATE-TIME in UTC, e.g. 20270304T083000Z. */
export function utcDateTime(value: Date): string {
  return value.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

export function buildCalendar(event: CalendarEvent): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Interpoles//Meetings//FR",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${Math.max(0, Math.trunc(event.sequence))}`,
    `DTSTAMP:${utcDateTime(event.stamp)}`,
    `DTSTART:${utcDateTime(event.start)}`,
    `DTEND:${utcDateTime(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    `URL:${uriValue(event.url)}`,
    `STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
