// Load on one page with autocannon over loopback: its throughput at saturation (many connections,
// the server always busy) and its latency at exactly 20 connections, each run bounded in time.
// Only 2xx answers count as served: a page answering 500 or redirecting to sign-in fails instead.
import autocannon, { type Result } from "autocannon";

export const LATENCY_CONNECTIONS = 20;
/**
 * Enough to keep the server (one Node process, PostgreSQL beside it) always busy on a few cores.
 * More only queues: with a slow page, a run would end before each connection's first answer.
 */
export const SATURATION_CONNECTIONS = Number(process.env.BENCH_SATURATION_CONNECTIONS ?? 10);

export type Durations = { warmUp: number; saturation: number; latency: number };

/** BENCH_SECONDS shortens (or lengthens) every run; the defaults keep `npm run bench` in bounds. */
export function durations(): Durations {
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  return { warmUp: 2, saturation: seconds, latency: seconds };
}

/** p50/p99 are null when no request of the 20-connection run was answered within it. */
export type Load = { rps: number; p50_ms: number | null; p99_ms: number | null; served: number; failed: number };

function failed(result: Result): number {
  return result.non2xx + result.errors + result.timeouts;
}

/**
 * The server keeps rendering what the load generator gave up on; one request of our own, answered
 * after that backlog, keeps a run from measuring the previous run's leftovers.
 */
async function drain(url: string, cookie: string): Promise<void> {
  await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual", signal: AbortSignal.timeout(120_000) }).then((r) => r.arrayBuffer()).catch(() => undefined);
}

async function run(url: string, cookie: string, connections: number, seconds: number): Promise<Result> {
  const result = await autocannon({ url, connections, duration: seconds, timeout: 10, headers: cookie ? { cookie } : {} });
  await drain(url, cookie);
  return result;
}

export async function loadPage(url: string, cookie: string, d: Durations = durations()): Promise<Load> {
  // JIT, connection pools and Next's caches warm up before anything counts.
  await run(url, cookie, 4, d.warmUp);
  const saturated = await run(url, cookie, SATURATION_CONNECTIONS, d.saturation);
  const at20 = await run(url, cookie, LATENCY_CONNECTIONS, d.latency);
  return {
    rps: Math.round((saturated["2xx"] / saturated.duration) * 10) / 10,
    p50_ms: at20["2xx"] > 0 ? at20.latency.p50 : null, p99_ms: at20["2xx"] > 0 ? at20.latency.p99 : null,
    served: saturated["2xx"] + at20["2xx"], failed: failed(saturated) + failed(at20),
  };
}
