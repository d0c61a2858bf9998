// Structure rules that keep the architecture honest (docs/conventions.md). Exits 1 on violation.
// - A "use server" file exports async functions only (everything it exports is a public endpoint).
// - Client components never import the database, the server modules or the Prisma client.
// - Routes (app/) never import the Prisma client directly: reads go through lib/<concept>/data.ts.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

function files(dir: string): string[] {
  const full = path.join(root, dir);
  try {
    statSync(full);
  } catch {
    return [];
  }
  return readdirSync(full, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes("generated"))
    .map((f) => path.join(dir, f));
}

const directive = (source: string, name: string) =>
  new RegExp(`^(?:\\s|//[^\\n]*\\n|/\\*[\\s\\S]*?\\*/)*["']${name}["']`).test(source);

export function violations(file: string, source: string): string[] {
  const found: string[] = [];
  if (directive(source, "use server")) {
    for (const match of source.matchAll(/^export\s+(?!async\s+function\b|type\b|interface\b)(.*)$/gm)) {
      found.push(`${file}: a "use server" file may export async functions only, found: export ${match[1]?.slice(0, 60)}`);
    }
  }
  if (directive(source, "use client")) {
    for (const banned of ["@/lib/server/", "@/lib/generated/prisma/client", "server-only", "/data\"", "/mutations\""]) {
      if (source.includes(banned)) found.push(`${file}: a client component must not import ${banned}`);
    }
  }
  if (file.startsWith("app/") && source.includes("@/lib/generated/prisma/client")) {
    found.push(`${file}: routes read through lib/<concept>/data.ts, not the Prisma client`);
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const all = ["app", "components", "lib"].flatMap(files).flatMap((f) => violations(f, readFileSync(path.join(root, f), "utf8")));
  for (const line of all) console.error(line);
  console.log(all.length ? `structure check: ${all.length} violation(s)` : "structure check: ok");
  process.exit(all.length ? 1 : 0);
}
