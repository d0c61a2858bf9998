import { describe, expect, it } from "vitest";
import { containsPattern, foldForSearch, SQL_FOLD } from "./search";

describe("role search", () => {
  it("folds case and accents", () => {
    expect(foldForSearch("  Événements   Çà et LÀ ")).toBe("evenements ca et la");
  });

  it("maps each accented letter to one plain letter, as SQL translate() needs", () => {
    expect([...SQL_FOLD.from]).toHaveLength([...SQL_FOLD.to].length);
  });

  it("escapes LIKE wildcards so the query matches literally", () => {
    expect(containsPattern("100%_sûr\\")).toBe("%100\\%\\_sur\\\\%");
  });

  it("has nothing to search for an empty or blank query", () => {
    expect(containsPattern(undefined)).toBeNull();
    expect(containsPattern("   ")).toBeNull();
  });
});
