// The benchmark's figures, their targets (issue #6) and the verdicts, in the shape of
// bench-results.json; report.ts prints and writes them.
import os from "node:os";
import type { Answers } from "./answers.ts";
import type { Load } from "./load.ts";
import type { PostgresCeiling } from "./postgres.ts";
import type { Screen } from "./screens.ts";

export const TARGETS = {
  page_ratio: 0.6, p99_ms: 100, answers_per_s: 200, large_small_ratio: 1.5,
  screen_bytes: 300 * 1024, screen_requests: 25, ecoindex_above: 80, lighthouse_performance: 95, lighthouse_accessibility: 100,
} as const;

export type Machine = {
  cpu: string; cores: number; memory_gb: number; node: string; postgresql: string; date: string;
  /** When the run ended: the bench's own load (app, autocannon, PostgreSQL) is part of it. */
  load_average: number[];
  /** Before the bench started anything: what other work was already running. */
  load_average_at_start: number[];
};

const round1 = (load: number) => Math.round(load * 10) / 10;
/** Read when this module loads, i.e. as `npm run bench` starts. */
const LOAD_AT_START = os.loadavg().map(round1);
export type PageResult = Omit<Load, "served"> & { name: string; org: "large" | "small"; path: string; ratio: number; large_small_ratio?: number };
export type ScreenResult = Omit<Screen, "status"> & { status: number; lighthouse_performance: number | null; lighthouse_accessibility: number | null; failing_audits: string[] };
export type Method = { warm_up_s: number; saturation_s: number; saturation_connections: number; latency_s: number; latency_connections: number; lighthouse_runs?: number };

export type Results = {
  machine: Machine; method: Method; targets: typeof TARGETS;
  ceiling: Load & { path: string };
  pages: PageResult[];
  answers: Answers & { ratio: number; method: string };
  postgres: PostgresCeiling & { ratio: number };
  screens: ScreenResult[];
};

export function machine(postgresql: string): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown", cores: cpus.length, memory_gb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version, postgresql, date: new Date().toISOString(),
    load_average: os.loadavg().map(round1), load_average_at_start: LOAD_AT_START,
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Each page's ratio to the ceiling, and on the large organisation its server time over the small one's. */
export function withRatios(pages: Omit<PageResult, "ratio">[], ceilingRps: number): PageResult[] {
  return pages.map((page) => {
    const small = pages.find((other) => other.org === "small" && other.name === page.name);
    const ratio = round2(page.rps / ceilingRps);
    return page.org === "large" && small && page.rps > 0 ? { ...page, ratio, large_small_ratio: round2(small.rps / page.rps) } : { ...page, ratio };
  });
}

export type Verdict = { what: string; figure: string; target: string; pass: boolean };

export function verdicts(r: Results): Verdict[] {
  const t = TARGETS;
  const list: Verdict[] = [];
  for (const p of r.pages) {
    const at = `${p.name} (${p.org})`;
    list.push({ what: `${at}: served without failure`, figure: `${p.failed} failed`, target: "0", pass: p.failed === 0 });
    list.push({ what: `${at}: throughput / ceiling`, figure: `${p.ratio}×`, target: `≥ ${t.page_ratio}×`, pass: p.ratio >= t.page_ratio });
    list.push({ what: `${at}: p99 at 20 connections`, figure: p.p99_ms === null ? "no answer within the run" : `${p.p99_ms} ms`, target: `< ${t.p99_ms} ms`, pass: p.p99_ms !== null && p.p99_ms < t.p99_ms });
    if (p.large_small_ratio !== undefined) list.push({ what: `${p.name}: large / small server time`, figure: `${p.large_small_ratio}×`, target: `< ${t.large_small_ratio}×`, pass: p.large_small_ratio < t.large_small_ratio });
  }
  list.push({ what: "answers per second", figure: `${r.answers.per_s}/s`, target: `≥ ${t.answers_per_s}/s`, pass: r.answers.per_s >= t.answers_per_s });
  for (const s of r.screens) {
    list.push({ what: `${s.name}: transferred`, figure: `${(s.bytes / 1024).toFixed(1)} KB`, target: `≤ ${t.screen_bytes / 1024} KB`, pass: s.status === 200 && s.bytes <= t.screen_bytes });
    list.push({ what: `${s.name}: requests (prefetches aside)`, figure: String(s.requests - s.prefetches), target: `≤ ${t.screen_requests}`, pass: s.requests - s.prefetches <= t.screen_requests });
    list.push({ what: `${s.name}: requests with link prefetches`, figure: String(s.requests), target: `≤ ${t.screen_requests}`, pass: s.requests <= t.screen_requests });
    list.push({ what: `${s.name}: EcoIndex`, figure: `${s.ecoindex} (${s.grade})`, target: `> ${t.ecoindex_above} (A)`, pass: s.ecoindex > t.ecoindex_above });
    list.push({ what: `${s.name}: Lighthouse performance`, figure: String(s.lighthouse_performance ?? "n/a"), target: `≥ ${t.lighthouse_performance}`, pass: (s.lighthouse_performance ?? 0) >= t.lighthouse_performance });
    list.push({ what: `${s.name}: Lighthouse accessibility`, figure: String(s.lighthouse_accessibility ?? "n/a"), target: `${t.lighthouse_accessibility}`, pass: (s.lighthouse_accessibility ?? 0) >= t.lighthouse_accessibility });
  }
  return list;
}
