import { describe, expect, it } from "vitest";
import { firstFreeSlug, slugify } from "./slug";

describe("slugify", () => {
  it("strips accents and lower-cases", () => {
    expect(slugify("Coopérative Éléphant")).toBe("cooperative-elephant");
    expect(slugify("Ça Marche À Noël")).toBe("ca-marche-a-noel");
  });

  it("turns punctuation and spaces into single hyphens, none at the ends", () => {
    expect(slugify("  L’Atelier — tiers-lieu !! ")).toBe("l-atelier-tiers-lieu");
    expect(slugify("SCIC   «Les Communs»")).toBe("scic-les-communs");
  });

  it("spells out ligatures", () => {
    expect(slugify("Cœur d’Œuvre")).toBe("coeur-d-oeuvre");
  });

  it("keeps only ASCII letters, digits and hyphens", () => {
    expect(slugify("Café 2025 ✨ Ünïcødé")).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("falls back when nothing is left", () => {
    expect(slugify("日本語")).toBe("organisation");
    expect(slugify("!!!")).toBe("organisation");
  });

  it("bounds the length without a trailing hyphen", () => {
    const slug = slugify("a".repeat(47) + " bcd");
    expect(slug.length).toBeLessThanOrEqual(48);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("firstFreeSlug", () => {
  it("keeps the base when free", () => {
    expect(firstFreeSlug("coop", ["coop-2", "other"])).toBe("coop");
  });

  it("adds the first free numeric suffix", () => {
    expect(firstFreeSlug("coop", ["coop"])).toBe("coop-2");
    expect(firstFreeSlug("coop", ["coop", "coop-2", "coop-4"])).toBe("coop-3");
  });
});
