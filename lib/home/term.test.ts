import { describe, expect, it } from "vitest";
import { calendarDate, daysUntil, termState } from "./term";

const date = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("calendarDate", () => {
  it("takes the date in the given time zone, not in UTC", () => {
    // 23:30 UTC on 31 March is already 1 April in Paris (summer time, UTC+2).
    expect(calendarDate(new Date("2026-03-31T23:30:00Z"), "Europe/Paris")).toEqual(date("2026-04-01"));
    expect(calendarDate(new Date("2026-03-31T23:30:00Z"), "UTC")).toEqual(date("2026-03-31"));
  });
});

describe("termState", () => {
  const today = date("2026-06-01");

  it("is null without a term", () => {
    expect(termState(null, today)).toBeNull();
  });

  it("ends soon from 30 days before the end date until the end date itself", () => {
    expect(termState(date("2026-07-01"), today)).toBe("endsSoon"); // 30 days
    expect(termState(date("2026-06-01"), today)).toBe("endsSoon"); // today
  });

  it("is running beyond 30 days", () => {
    expect(termState(date("2026-07-02"), today)).toBe("running"); // 31 days
  });

  it("is ended once the date has passed", () => {
    expect(termState(date("2026-05-31"), today)).toBe("ended");
  });

  it("counts whole days across a daylight-saving change", () => {
    expect(daysUntil(date("2026-03-30"), date("2026-03-28"))).toBe(2);
  });
});
