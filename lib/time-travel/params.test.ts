import { describe, expect, it } from "vitest";
import { parseAt, parseBetween, parseCircle } from "./params";

const now = new Date("2030-06-15T10:00:00Z");

describe("parseAt", () => {
  it("defaults to today in Paris and ends the day there", () => {
    expect(parseAt({}, now)).toEqual({ day: "2030-06-15", instant: new Date("2030-06-15T21:59:59.999Z") });
    expect(parseAt({ at: "2030-01-02" }, now)).toEqual({ day: "2030-01-02", instant: new Date("2030-01-02T22:59:59.999Z") });
  });

  it("refuses invalid and future dates, keeping what was typed", () => {
    expect(parseAt({ at: "2030-02-31" }, now)).toEqual({ error: "invalidDate", typed: "2030-02-31" });
    expect(parseAt({ at: "<script>" }, now)).toEqual({ error: "invalidDate", typed: "<script>" });
    expect(parseAt({ at: "2030-06-16" }, now)).toEqual({ error: "future", typed: "2030-06-16" });
  });
});

describe("parseBetween", () => {
  it("covers the whole of both days, the last 30 days by default", () => {
    expect(parseBetween({}, now)).toMatchObject({ from: "2030-05-16", to: "2030-06-15", cursor: null });
    const range = parseBetween({ from: "2030-01-10", to: "2030-01-10" }, now);
    expect(range).toMatchObject({ start: new Date("2030-01-09T22:59:59.999Z"), end: new Date("2030-01-10T22:59:59.999Z") });
  });

  it("refuses dates in the wrong order, invalid or in the future", () => {
    expect(parseBetween({ from: "2030-02-01", to: "2030-01-01" }, now)).toEqual({ error: "order", from: "2030-02-01", to: "2030-01-01" });
    expect(parseBetween({ from: "yesterday", to: "2030-01-01" }, now)).toMatchObject({ error: "invalidDate" });
    expect(parseBetween({ from: "2030-01-01", to: "2031-01-01" }, now)).toMatchObject({ error: "future" });
  });

  it("keeps a cursor only if it is an id", () => {
    const id = "01890a5d-ac96-774b-bcce-b302099a8057";
    expect(parseBetween({ cursor: id }, now)).toMatchObject({ cursor: id });
    expect(parseBetween({ cursor: "' OR 1=1" }, now)).toMatchObject({ cursor: null });
    expect(parseCircle({ circle: id })).toBe(id);
    expect(parseCircle({ circle: ["nope", id] })).toBeNull();
  });
});
