import { describe, expect, it } from "vitest";
import { addDays, daySchema, endOfDay, startOfDay, today } from "./dates";

describe("Paris days", () => {
  it("end at the last millisecond of the day in Paris, in winter and in summer", () => {
    expect(endOfDay("2030-01-15").toISOString()).toBe("2030-01-15T22:59:59.999Z");
    expect(endOfDay("2030-07-15").toISOString()).toBe("2030-07-15T21:59:59.999Z");
    expect(startOfDay("2030-07-15").toISOString()).toBe("2030-07-14T22:00:00.000Z");
  });

  it("follow the changes of offset (last Sundays of March and October)", () => {
    expect(startOfDay("2030-03-31").toISOString()).toBe("2030-03-30T23:00:00.000Z");
    expect(endOfDay("2030-03-31").toISOString()).toBe("2030-03-31T21:59:59.999Z");
    expect(startOfDay("2030-10-27").toISOString()).toBe("2030-10-26T22:00:00.000Z");
    expect(endOfDay("2030-10-27").toISOString()).toBe("2030-10-27T22:59:59.999Z");
  });

  it("know which day it is in Paris around midnight UTC", () => {
    expect(today(new Date("2030-07-15T22:30:00Z"))).toBe("2030-07-16");
    expect(today(new Date("2030-01-15T22:30:00Z"))).toBe("2030-01-15");
    expect(today(new Date("2030-01-15T23:30:00Z"))).toBe("2030-01-16");
  });

  it("add days across months and years", () => {
    expect(addDays("2030-12-31", 1)).toBe("2031-01-01");
    expect(addDays("2030-03-01", -1)).toBe("2030-02-28");
  });

  it("accept only real calendar dates", () => {
    expect(daySchema.safeParse("2030-02-28").success).toBe(true);
    for (const bad of ["2030-02-30", "2030-13-01", "15/01/2030", "2030-1-5", "", "2030-01-15T00:00"]) {
      expect(daySchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
