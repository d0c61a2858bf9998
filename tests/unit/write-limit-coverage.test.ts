// Every Server Action that writes checks the write limit (lib/rate-limit/writes.ts, ADR 0008).
// This reads the source: each exported action of a "use server" module must call writeRefusal,
// writeLimited or memberWrite (lib/forms/member-write.ts, which calls writeRefusal), directly or
// through one of the module's own helpers that does. The exceptions are
// listed with their reason; a new action file fails here until it adds the check (or a reason).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

/** Actions that are limited otherwise, or that must never be refused. */
const EXEMPT: Record<string, string> = {
  "lib/auth/actions.ts": "sign-in and sign-up: per-IP and per-email limits (lib/auth/limits.ts)",
  "lib/auth/reset-actions.ts": "password recovery: per-IP and per-email limits, single-use token",
  "lib/auth/account-actions.ts#signOutEverywhereAction": "signing out is always allowed",
  "lib/i18n/actions.ts": "the language switch sets a cookie and touches no data",
};

function serverActionFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : serverActionFiles(relative);
    if (!entry.name.endsWith(".ts") || entry.name.endsWith(".test.ts")) return [];
    return /^\s*["']use server["']/.test(readFileSync(path.join(root, relative), "utf8")) ? [relative] : [];
  });
}

/** The body of each top-level function (from its declaration to the next one). */
function functions(source: string): Map<string, { exported: boolean; body: string }> {
  const found = [...source.matchAll(/^(export )?(?:async )?function (\w+)/gm)];
  return new Map(found.map((match, i) => [match[2]!, { exported: !!match[1], body: source.slice(match.index, found[i + 1]?.index ?? source.length) }]));
}

describe("the write limit", () => {
  const files = serverActionFiles("lib");

  it("counts memberWrite as a check because it is one: it authenticates, then calls writeRefusal", () => {
    const gate = functions(readFileSync(path.join(root, "lib/forms/member-write.ts"), "utf8")).get("memberWrite");
    expect(gate?.body).toMatch(/memberContextOrNull\(slug\)[\s\S]*writeRefusal\(memberWriter\(context\), formData\)/);
  });

  it("finds the Server Action modules", () => {
    expect(files).toContain("lib/tensions/actions.ts");
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files.filter((file) => !EXEMPT[file]))("is checked by every action of %s", (file) => {
    const all = functions(readFileSync(path.join(root, file), "utf8"));
    const limited = new Set<string>();
    // A function is limited if it calls the check, or calls a function of the module that is.
    for (let changed = true; changed; ) {
      changed = false;
      for (const [name, { body }] of all) {
        if (limited.has(name)) continue;
        const callsLimited = [...limited].some((other) => new RegExp(`\\b${other}\\(`).test(body.slice(body.indexOf("{"))));
        if (/\b(writeRefusal|writeLimited|memberWrite)\(/.test(body) || callsLimited) {
          limited.add(name);
          changed = true;
        }
      }
    }
    const missing = [...all].filter(([name, f]) => f.exported && !limited.has(name) && !EXEMPT[`${file}#${name}`]).map(([name]) => name);
    expect(missing, `${file}: call writeRefusal(memberWriter(context), formData) after authenticating`).toEqual([]);
  });
});
