import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, utcDateTime, type CalendarEvent } from "./ics";

const octets = (line: string) => new TextEncoder().encode(line).length;
const unfold = (text: string) => text.replace(/\r\n /g, "");

const event: CalendarEvent = {
  uid: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b@interpoles",
  sequence: 1_767_225_600,
  stamp: new Date("2026-01-01T00:00:00.000Z"),
  start: new Date("2027-03-04T08:30:00.000Z"),
  end: new Date("2027-03-04T10:00:00.000Z"),
  summary: "Réunion Interpôles, budget; «suite»",
  location: "Salle 2, 1er étage",
  description: "Ordre du jour :\nBudget",
  url: "https://gouvernance.example.org/o/coop/meetings/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
  cancelled: false,
};

describe("escapeText", () => {
  it("escapes backslashes, semicolons, commas and newlines, and drops other control characters but tabs", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
    // A tab is allowed in TEXT (RFC 5545 WSP).
    expect(escapeText("x\u0000y\u0007z\tw")).toBe("xyz\tw");
  });
});

describe("foldLine", () => {
  it("leaves a line of 75 octets alone and folds the 76th onto a line starting with a space", () => {
    expect(foldLine("a".repeat(75))).toBe("a".repeat(75));
    expect(foldLine("a".repeat(76))).toBe(`${"a".repeat(75)}\r\n a`);
  });

  it("counts octets, not characters, and never cuts a multi-byte character", () => {
    const line = `SUMMARY:${"é".repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split("\r\n")) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.split("\r\n")[0]).toBe(`SUMMARY:${"é".repeat(33)}`); // 8 + 66 octets; one more would make 76
    expect(unfold(folded)).toBe(line);
    expect(unfold(foldLine(`X:${"🗓️".repeat(40)}`))).toBe(`X:${"🗓️".repeat(40)}`);
  });
});

describe("buildCalendar", () => {
  it("writes a VEVENT with UTC times, its stable UID and sequence, escaped texts, CRLF line ends", () => {
    const text = buildCalendar(event);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    const lines = unfold(text).split("\r\n");
    expect(lines).toContain("DTSTART:20270304T083000Z");
    expect(lines).toContain("DTEND:20270304T100000Z");
    expect(lines).toContain("DTSTAMP:20260101T000000Z");
    expect(lines).toContain(`UID:${event.uid}`);
    expect(lines).toContain("SEQUENCE:1767225600");
    expect(lines).toContain("SUMMARY:Réunion Interpôles\\, budget\\; «suite»");
    expect(lines).toContain("LOCATION:Salle 2\\, 1er étage");
    expect(lines).toContain("DESCRIPTION:Ordre du jour :\\nBudget");
    expect(lines).toContain(`URL:${event.url}`);
    expect(lines).toContain("STATUS:CONFIRMED");
    expect(lines.slice(0, 2)).toEqual(["BEGIN:VCALENDAR", "VERSION:2.0"]);
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
  });

  it("marks a cancelled meeting and omits an empty location", () => {
    const lines = unfold(buildCalendar({ ...event, cancelled: true, location: "", description: "" })).split("\r\n");
    expect(lines).toContain("STATUS:CANCELLED");
    expect(lines.some((l) => l.startsWith("LOCATION"))).toBe(false);
    expect(lines.some((l) => l.startsWith("DESCRIPTION"))).toBe(false);
  });

  it("keeps every physical line within 75 octets and a hostile title on its own property", () => {
    const summary = `${"Très long titre de réunion, ".repeat(10)}\r\nBEGIN:VEVENT\nX-EVIL:1`;
    const text = buildCalendar({ ...event, summary, url: "https://x.example/a b\r\nX-EVIL:1" });
    for (const line of text.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
    const lines = unfold(text).split("\r\n");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(lines.some((l) => l.startsWith("X-EVIL"))).toBe(false);
    expect(lines).toContain("URL:https://x.example/abX-EVIL:1");
  });

  it("formats instants in UTC whatever the offset they were written with", () => {
    expect(utcDateTime(new Date("2027-07-01T10:15:30+02:00"))).toBe("20270701T081530Z");
  });
});
