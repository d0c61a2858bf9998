import { describe, expect, it } from "vitest";
import { likeLiteral, parsePage, parseReviewFilters, reviewQuery } from "./filters";

const ID = "0192a6e4-7c1e-7000-8000-00000000abcd";

describe("parseReviewFilters", () => {
  it("reads no filter from an empty URL", () => {
    expect(parseReviewFilters({})).toEqual({ circleId: null, q: null, memberId: null });
    expect(parseReviewFilters(new URLSearchParams("circle=&q=%20%20&member="))).toEqual({ circleId: null, q: null, memberId: null });
  });

  it("keeps valid ids and a trimmed, collapsed text", () => {
    expect(parseReviewFilters({ circle: ID.toUpperCase(), member: ID, q: "  animer \n la   communauté " })).toEqual({
      circleId: ID,
      q: "animer la communauté",
      memberId: ID,
    });
  });

  it("takes the first value of a repeated parameter", () => {
    expect(parseReviewFilters({ q: ["un", "deux"] })?.q).toBe("un");
  });

  it("refuses a malformed circle or member id", () => {
    expect(parseReviewFilters({ circle: "nope" })).toBeNull();
    expect(parseReviewFilters(new URLSearchParams(`member=${ID}x`))).toBeNull();
  });

  it("cuts a long text at 200 characters", () => {
    expect(parseReviewFilters({ q: "x".repeat(500) })?.q).toHaveLength(200);
  });
});

describe("parsePage", () => {
  it("accepts positive integers only", () => {
    expect(parsePage({ page: "3" })).toBe(3);
    for (const page of ["0", "-2", "1.5", "abc", undefined]) expect(parsePage({ page })).toBe(1);
  });
});

describe("reviewQuery", () => {
  it("writes only the filters that are set, encoded", () => {
    expect(reviewQuery({ circleId: null, q: null, memberId: null })).toBe("");
    expect(reviewQuery({ circleId: ID, q: "a&b c", memberId: null }, { page: 2 })).toBe(`?circle=${ID}&q=a%26b+c&page=2`);
  });
});

describe("likeLiteral", () => {
  it("escapes LIKE wildcards and the escape character", () => {
    expect(likeLiteral("100 % des_cas \\ ok")).toBe("100 \\% des\\_cas \\\\ ok");
    expect(likeLiteral("plain")).toBe("plain");
  });
});
