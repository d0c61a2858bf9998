import { describe, expect, it } from "vitest";
import { hrefWith, isUuid, pageNumber, single } from "./params";

describe("URL parameters", () => {
  it("recognises uuids only", () => {
    expect(isUuid("0190f3a2-7c1e-7a00-8000-000000000001")).toBe(true);
    expect(isUuid("0190f3a2-7c1e-7a00-8000-00000000000")).toBe(false);
    expect(isUuid(undefined)).toBe(false);
  });

  it("reads a page number, page 1 otherwise", () => {
    expect(pageNumber("3")).toBe(3);
    expect(pageNumber(["2", "5"])).toBe(2);
    for (const value of [undefined, "0", "-1", "1.5", "abc", ""]) expect(pageNumber(value)).toBe(1);
    expect(single(["a", "b"])).toBe("a");
  });

  it("builds a link keeping the other parameters and dropping empty ones", () => {
    expect(hrefWith("/o/x/roles", { circle: "c", q: "é & co", page: 2 })).toBe("/o/x/roles?circle=c&q=%C3%A9+%26+co&page=2");
    expect(hrefWith("/o/x/roles", { circle: undefined, q: "" })).toBe("/o/x/roles");
  });
});
