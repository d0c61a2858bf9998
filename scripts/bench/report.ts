// The benchmark's outputs: a table on the console, docs/benchmarks.md and bench-results.json.
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Measure } from "./measure.ts";

export type PageResult = Measure & { name: string; org: "large" | "small"; path: string };
export type Machine = { cpu: string; cores: number; memory_gb: number; node: string; postgresql: string; date: string };

export const TARGETS = { p95_ms: 150, transferred_bytes: 300 * 1024 };

const root = path.resolve(import.meta.dirname, "../..");

export function machine(postgresql: string): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown", cores: cpus.length, memory_gb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version, postgresql, date: new Date().toISOString(),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (pass: boolean) => (pass ? "pass" : "FAIL");

function verdicts(page: PageResult) {
  const ok = page.status === 200;
  return { time: ok && page.p95_ms < TARGETS.p95_ms, size: ok && page.transferred_bytes <= TARGETS.transferred_bytes };
}

function rows(pages: PageResult[]): string[][] {
  return pages.map((page) => {
    const v = verdicts(page);
    return [page.org, page.name, String(page.status), `${page.p50_ms}`, `${page.p95_ms} ${mark(v.time)}`, kb(page.bytes), kb(page.total_bytes), `${kb(page.transferred_bytes)} ${mark(v.size)}`, String(page.requests)];
  });
}

const HEADER = ["org", "page", "status", "p50 ms", "p95 ms", "HTML", "HTML + JS/CSS", "sent (gzip)", "requests"];

export function printTable(pages: PageResult[]): void {
  const table = [HEADER, ...rows(pages)];
  const widths = HEADER.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  for (const row of table) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join("  "));
}

export function writeReports(pages: PageResult[], host: Machine, reference: PageResult | undefined): void {
  writeFileSync(path.join(root, "bench-results.json"), `${JSON.stringify({ machine: host, targets: TARGETS, reference, pages }, null, 2)}\n`);
  const table = [HEADER, HEADER.map(() => "---"), ...rows(pages)].map((row) => `| ${row.join(" | ")} |`).join("\n");
  const failing = pages.filter((page) => { const v = verdicts(page); return !v.time || !v.size; });
  writeFileSync(path.join(root, "docs/benchmarks.md"), `# Benchmarks

Produced by \`npm run bench\` (scripts/bench/): the production build (\`next start\`), signed in as
each organisation's admin, on **Grande Coop** (\`npm run seed:large\`: 500 circles, 5,000 roles,
25,000 accountabilities, 2,000 members, ~6,000 assignments, three years of history) and **Petite
Coop** (the same generator at 10 circles). Each page: 5 warm-up requests, then up to 60 sequential
requests (at most 20 s), each timed to the end of the response body over loopback. Sizes: the HTML
and the HTML plus the scripts and stylesheets it references, uncompressed (what the browser
parses), and the same gzipped (what \`next start\` sends: the size target applies to it).

Targets: p95 < ${TARGETS.p95_ms} ms and HTML + JS/CSS sent ≤ ${TARGETS.transferred_bytes / 1024} KB, on the large organisation.

## Machine

- CPU: ${host.cpu} (${host.cores} cores, shared with other work while measured)
- Memory: ${host.memory_gb} GB
- Node ${host.node}, PostgreSQL ${host.postgresql}
- Date: ${host.date}

## Results

${table}

Reference: \`/api/health\` p50 ${reference?.p50_ms ?? "?"} ms, p95 ${reference?.p95_ms ?? "?"} ms.

${failing.length === 0 ? "Every page meets the targets." : `Pages off target: ${failing.map((page) => `${page.name} (${page.org})`).join(", ")}.`}
`);
}
