import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./config";

describe("localeFromAcceptLanguage", () => {
  it("defaults to French without a header", () => {
    expect(localeFromAcceptLanguage(null)).toBe("fr");
    expect(localeFromAcceptLanguage(undefined)).toBe("fr");
    expect(localeFromAcceptLanguage("")).toBe("fr");
  });

  it("picks English for an English browser, whatever the region", () => {
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage("EN-us")).toBe("en");
  });

  it("honours q-values rather than order", () => {
    expect(localeFromAcceptLanguage("fr;q=0.5,en;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("en;q=0.3, fr-CA;q=0.9")).toBe("fr");
  });

  it("skips unsupported languages for the best supported one", () => {
    expect(localeFromAcceptLanguage("de-DE,de;q=0.9,en;q=0.5")).toBe("en");
  });

  it("falls back to French when nothing is supported or everything is refused", () => {
    expect(localeFromAcceptLanguage("de,es;q=0.8")).toBe("fr");
    expect(localeFromAcceptLanguage("en;q=0")).toBe("fr");
    expect(localeFromAcceptLanguage("*")).toBe("fr");
  });
});
