// Lighthouse 13 (npm `lighthouse`, its CLI in a child process) on one screen: the default mobile
// preset (simulated slow 4G and a 4× slower CPU), performance and accessibility only, in the system
// Chromium, with the admin's session cookie on every request. Lighthouse 13 declares Node ≥ 22.19;
// it runs on this project's Node 20 as it is (checked by every bench run: a failure is reported).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { CHROMIUM } from "../../e2e/support/page-weight.ts";

const root = path.resolve(import.meta.dirname, "../..");

export type LighthouseScores = { performance: number | null; accessibility: number | null; failing_audits: string[] };

type Report = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string }>;
};

/**
 * Lighthouse's performance score moves from run to run on one page (its simulated throttling
 * scales with the CPU time it observes); its own guidance on variability is to run it several
 * times and keep the median. Accessibility does not move; the lowest score and every failing audit
 * are kept.
 */
export const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));

/** Several runs as one: the median performance (the lower middle one of an even count), the lowest accessibility. */
export function combineRuns(results: readonly LighthouseScores[]): LighthouseScores {
  const performances = results.map((r) => r.performance).filter((p): p is number => p !== null).sort((a, b) => a - b);
  const accessibilities = results.map((r) => r.accessibility).filter((a): a is number => a !== null);
  return {
    performance: performances.length ? performances[Math.floor((performances.length - 1) / 2)]! : null,
    accessibility: accessibilities.length ? Math.min(...accessibilities) : null,
    failing_audits: [...new Set(results.flatMap((r) => r.failing_audits))],
  };
}

export async function lighthouseMedian(url: string, cookie: string, runs = LIGHTHOUSE_RUNS): Promise<LighthouseScores> {
  const results: LighthouseScores[] = [];
  for (let run = 0; run < runs; run++) results.push(await lighthouse(url, cookie));
  return combineRuns(results);
}

export async function lighthouse(url: string, cookie: string): Promise<LighthouseScores> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "interpoles-lh-"));
  const output = path.join(dir, "report.json");
  try {
    await promisify(execFile)(process.execPath, [
      path.join(root, "node_modules/lighthouse/cli/index.js"), url, "--quiet", "--output=json", `--output-path=${output}`,
      "--only-categories=performance,accessibility", `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
      `--chrome-flags=--headless=new ${CHROMIUM.args.join(" ")}`,
    ], { env: { ...process.env, CHROME_PATH: CHROMIUM.executablePath }, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 });
    const report = JSON.parse(readFileSync(output, "utf8")) as Report;
    const score = (id: string) => {
      const value = report.categories[id]?.score;
      return value === null || value === undefined ? null : Math.round(value * 100);
    };
    // The accessibility audits that failed: what to fix when the score is under 100.
    const failing = (report.categories.accessibility?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && report.audits[ref.id]?.scoreDisplayMode === "binary" && report.audits[ref.id]?.score === 0)
      .map((ref) => ref.id);
    return { performance: score("performance"), accessibility: score("accessibility"), failing_audits: failing };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
