// The corpus is only useful if every entry is hostile and fits every field it is typed into.
import { describe, expect, it } from "vitest";
import { XSS_CORPUS, XSS_FLAG } from "./xss-corpus";

describe("XSS corpus", () => {
  it("sets the flag in every payload and has no duplicate", () => {
    for (const payload of XSS_CORPUS) expect(payload).toContain(`window.${XSS_FLAG}=1`);
    expect(new Set(XSS_CORPUS).size).toBe(XSS_CORPUS.length);
  });

  it("fits the shortest field it is typed into (names: 100 characters)", () => {
    for (const payload of XSS_CORPUS) expect(payload.length).toBeLessThanOrEqual(100);
  });
});
