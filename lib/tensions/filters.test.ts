import { describe, expect, it } from "vitest";
import { filtersQuery, parseFilters } from "./filters";

const CIRCLE = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

describe("tension list filters", () => {
  it("reads every filter from the URL", () => {
    expect(parseFilters({ mine: "1", circle: CIRCLE, status: "open", kind: "operational", page: "3" })).toEqual({
      mine: true,
      circleId: CIRCLE,
      status: "open",
      kind: "operational",
      page: 3,
    });
  });

  it("ignores what it does not understand instead of failing", () => {
    expect(parseFilters({ mine: "yes", circle: "'; drop table", status: "closed", kind: "x", page: "-2" })).toEqual({
      mine: false,
      circleId: null,
      status: null,
      kind: null,
      page: 1,
    });
    expect(parseFilters({ status: ["resolved", "open"] }).status).toBe("resolved");
  });

  it("writes back the query of the filters, without empty ones or page 1", () => {
    const filters = parseFilters({ mine: "1", kind: "governance" });
    expect(filtersQuery(filters)).toBe("?mine=1&kind=governance");
    expect(filtersQuery(filters, 2)).toBe("?mine=1&kind=governance&page=2");
    expect(filtersQuery(parseFilters({}))).toBe("");
  });
});
