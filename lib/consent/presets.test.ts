import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { matchingPreset, PRESETS, presetSettings, SETTINGS_BOUNDS } from "./presets";
import { CONSENT_PRESETS } from "./types";

describe("process settings presets", () => {
  it("holacracy and custom start from the schema's defaults", () => {
    const schema = readFileSync(path.resolve(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");
    const model = /model CircleProcessSettings \{([\s\S]*?)\n\}/.exec(schema)?.[1] ?? "";
    const defaultOf = (field: string) => new RegExp(`\\n\\s*${field}\\s+\\S+\\s+@default\\(([^)]*)\\)`).exec(model)?.[1];
    for (const preset of ["holacracy", "custom"] as const) {
      const s = PRESETS[preset];
      expect(String(s.abstentionAllowed)).toBe(defaultOf("abstentionAllowed"));
      expect(s.absenteePolicy).toBe(defaultOf("absenteePolicy"));
      expect(String(s.defaultDeadlineHours)).toBe(defaultOf("defaultDeadlineHours"));
      expect(String(s.reviewPeriodDays)).toBe(defaultOf("reviewPeriodDays"));
      expect(s.objectionTester).toBe(defaultOf("objectionTester"));
      expect(s.quorumPercent).toBeNull();
    }
  });
  it("every preset stays within the bounds a settings form enforces", () => {
    for (const s of Object.values(PRESETS)) {
      for (const [field, { min, max }] of Object.entries(SETTINGS_BOUNDS)) {
        const v = s[field as keyof typeof SETTINGS_BOUNDS];
        if (v !== null) expect(v >= min && v <= max).toBe(true);
      }
    }
  });
  it("recognises a named preset, and calls any change custom", () => {
    for (const p of CONSENT_PRESETS.filter((x) => x !== "custom")) expect(matchingPreset(presetSettings(p))).toBe(p);
    expect(matchingPreset({ ...presetSettings("sociocracy_for_all"), quorumPercent: 60 })).toBe("custom");
    expect(matchingPreset(presetSettings("custom"))).toBe("holacracy");
  });
  it("hands out copies", () => {
    const s = presetSettings("holacracy");
    s.reviewPeriodDays = 1;
    expect(PRESETS.holacracy.reviewPeriodDays).toBe(180);
  });
});
