import { describe, expect, it } from "vitest";
import { plainText, splitHighlight } from "./highlight";
import { prefixQuery, searchParamsSchema } from "./query";

const S = "\u0001";
const E = "\u0002";

describe("splitHighlight", () => {
  it("splits marked text into plain and matched parts", () => {
    expect(splitHighlight(`Animer la ${S}communauté${E} des ${S}bénévoles${E}`)).toEqual([
      { text: "Animer la ", match: false },
      { text: "communauté", match: true },
      { text: " des ", match: false },
      { text: "bénévoles", match: true },
    ]);
  });

  it("keeps markup as text and handles matches at both ends", () => {
    const parts = splitHighlight(`${S}<script>${E}alert(1)${S}</script>${E}`);
    expect(parts).toEqual([
      { text: "<script>", match: true },
      { text: "alert(1)", match: false },
      { text: "</script>", match: true },
    ]);
    expect(plainText(parts)).toBe("<script>alert(1)</script>");
  });

  it("drops unbalanced markers instead of trusting them, and merges what remains", () => {
    expect(splitHighlight(`a${E}b`)).toEqual([{ text: "ab", match: false }]);
    expect(splitHighlight(`a${S}b`)).toEqual([{ text: "ab", match: false }]);
    expect(splitHighlight(`${S}${E}`)).toEqual([]);
    expect(splitHighlight("")).toEqual([]);
  });

  it("keeps characters outside the BMP whole", () => {
    expect(splitHighlight(`🌱 ${S}jardin${E}`)).toEqual([{ text: "🌱 ", match: false }, { text: "jardin", match: true }]);
  });
});

describe("prefixQuery", () => {
  it("turns words into word beginnings and drops every operator", () => {
    expect(prefixQuery("facil")).toBe("facil:*");
    expect(prefixQuery("  Réd  comm ")).toBe("Réd:* & comm:*");
    expect(prefixQuery(`'; DROP TABLE "User" & | ! (x) :* <->`)).toBe("DROP:* & TABLE:* & User:* & x:*");
    expect(prefixQuery("!!! ---")).toBe("");
  });

  it("keeps at most eight words", () => {
    expect(prefixQuery("a b c d e f g h i j").split(" & ")).toHaveLength(8);
  });
});

describe("searchParamsSchema", () => {
  it("trims, refuses empty and too long queries with message keys, and clamps the page", () => {
    expect(searchParamsSchema.parse({ q: "  local ", page: "3" })).toEqual({ q: "local", page: 3 });
    expect(searchParamsSchema.parse({ q: "x", page: "abc" })).toEqual({ q: "x", page: 1 });
    expect(searchParamsSchema.safeParse({ q: "   " }).error?.issues[0]?.message).toBe("search.errors.empty");
    expect(searchParamsSchema.safeParse({ q: "a".repeat(201) }).error?.issues[0]?.message).toBe("search.errors.tooLong");
    expect(searchParamsSchema.safeParse({ q: "a".repeat(200) }).success).toBe(true);
  });
});
