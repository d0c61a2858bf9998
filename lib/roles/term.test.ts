import { describe, expect, it } from "vitest";
import { termEndsSoon } from "./term";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const now = new Date("2026-03-01T15:30:00.000Z");

describe("termEndsSoon", () => {
  it("flags a term ending within 30 days, today included", () => {
    expect(termEndsSoon(day("2026-03-01"), now)).toBe(true);
    expect(termEndsSoon(day("2026-03-31"), now)).toBe(true);
  });

  it("does not flag a term further away, nor no term", () => {
    expect(termEndsSoon(day("2026-04-01"), now)).toBe(false);
    expect(termEndsSoon(null, now)).toBe(false);
  });

  it("flags a term already past", () => {
    expect(termEndsSoon(day("2026-02-20"), now)).toBe(true);
  });
});
