import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { coreRoleNames } from "./core-roles";
import { REFUSAL_REASONS, reasonMessageKey } from "./reasons";

function lookup(tree: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree);
}

describe("refusal reasons", () => {
  it.each(["fr", "en"] as const)("each has a message in %s", (locale) => {
    for (const reason of REFUSAL_REASONS) {
      const text = lookup(messages[locale], reasonMessageKey(reason));
      expect(typeof text, `${locale}: ${reason}`).toBe("string");
      expect((text as string).length).toBeGreaterThan(10);
    }
  });

  it("names the core roles per locale, French by default", () => {
    expect(coreRoleNames()).toEqual({ lead_link: "Premier lien", rep_link: "Second lien", facilitator: "Facilitation", secretary: "Secrétariat" });
    expect(coreRoleNames("en").lead_link).toBe("Lead link");
    expect(coreRoleNames("de").lead_link).toBe("Premier lien");
  });
});
