import { describe, expect, it } from "vitest";
import { messages } from "./messages";
import { sharedFormatter, sharedTranslator } from "./shared-formatting";

// Two "requests" in different languages, interleaved, through the caches the whole process shares.
describe("translators and formatters sharing the process's caches", () => {
  it("formats the same key in each locale with its own message and its own plural rules", () => {
    const fr = sharedTranslator({ locale: "fr", messages: messages.fr, timeZone: "Europe/Paris" }, "roles.list");
    const en = sharedTranslator({ locale: "en", messages: messages.en, timeZone: "Europe/Paris" }, "roles.list");
    const frenchOne = fr("count", { count: 1 });
    const englishOne = en("count", { count: 1 });
    expect(frenchOne).not.toBe(englishOne);
    // Again, now from the caches: still each its own, and the count is not kept with the message.
    expect(fr("count", { count: 1 })).toBe(frenchOne);
    expect(en("count", { count: 1 })).toBe(englishOne);
    expect(fr("count", { count: 7 })).toContain("7");
    expect(en("count", { count: 7 })).toContain("7");
    expect(en("count", { count: 7 })).not.toBe(fr("count", { count: 7 }));
  });

  it("formats dates in each locale and time zone, whichever asked first", () => {
    const when = new Date("2026-03-29T00:30:00Z");
    const options = { dateStyle: "long", timeStyle: "short" } as const;
    const fr = sharedFormatter({ locale: "fr", timeZone: "Europe/Paris" }).dateTime(when, options);
    const en = sharedFormatter({ locale: "en", timeZone: "Europe/Paris" }).dateTime(when, options);
    const utc = sharedFormatter({ locale: "en", timeZone: "UTC" }).dateTime(when, options);
    expect(fr).toContain("mars");
    expect(en).toContain("March");
    expect(en).toContain("1:30");
    expect(utc).toContain("12:30");
  });
});
