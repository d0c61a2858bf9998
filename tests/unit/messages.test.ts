// Every message exists in French and in English, and every namespace file is actually loaded:
// a key missing in one language would show its raw name to a reader of that language.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";

const root = path.resolve(import.meta.dirname, "../../messages");

function namespaceFiles(locale: string): string[] {
  return readdirSync(path.join(root, locale))
    .filter((file) => file.endsWith(".json"))
    .sort();
}

function readNamespace(locale: string, file: string): unknown {
  return JSON.parse(readFileSync(path.join(root, locale, file), "utf8"));
}

/** Every leaf as "a.b.c: type", so that a string in one language and an object in the other differ. */
function leaves(value: unknown, prefix = ""): string[] {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
  }
  return [`${prefix}: ${Array.isArray(value) ? "array" : typeof value}`];
}

describe("messages", () => {
  it("has the same namespace files in every locale", () => {
    const reference = namespaceFiles("fr");
    expect(reference.length).toBeGreaterThan(0);
    for (const locale of locales) expect(namespaceFiles(locale), locale).toEqual(reference);
  });

  it.each(namespaceFiles("fr"))("has exactly the same keys in French and English in %s", (file) => {
    expect(leaves(readNamespace("en", file)).sort()).toEqual(leaves(readNamespace("fr", file)).sort());
  });

  it.each(namespaceFiles("fr"))("has no empty message in %s", (file) => {
    for (const locale of locales) {
      const empty = leaves(readNamespace(locale, file)).filter((leaf) => !leaf.endsWith(": string"));
      expect(empty, `${locale}/${file}: only strings are messages`).toEqual([]);
      const strings = JSON.stringify(readNamespace(locale, file));
      expect(strings, `${locale}/${file}`).not.toContain('""');
    }
  });

  it("registers every namespace file, under its own name, in lib/i18n/messages.ts", () => {
    for (const locale of locales) {
      const registered = messages[locale] as Record<string, unknown>;
      const files = namespaceFiles(locale).map((file) => file.replace(/\.json$/, ""));
      expect(Object.keys(registered).sort(), locale).toEqual(files);
      for (const namespace of files) {
        expect(registered[namespace], `${locale}/${namespace}`).toEqual(readNamespace(locale, `${namespace}.json`));
      }
    }
  });
});
