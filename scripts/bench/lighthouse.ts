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
