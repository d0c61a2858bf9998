// Measuring one page: a few warm-up requests, then up to N sequential ones (bounded in time),
// each timed to the end of its body. Sizes: the HTML, and the HTML plus the page's scripts and
// stylesheets (each counted once), uncompressed (what the browser has to parse) and gzipped (what
// `next start` sends over the wire, since it compresses every response: the "sends" of the target).
import { gzipSync } from "node:zlib";

export type Measure = {
  status: number; p50_ms: number; p95_ms: number; requests: number;
  bytes: number; total_bytes: number; transferred_bytes: number;
};

const gzipped = (data: string | Uint8Array) => gzipSync(data).byteLength;

const WARM_UP = 5;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function timed(url: string, cookie: string): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, body };
}

const assetSizes = new Map<string, { raw: number; gzip: number }>();

async function assetsSize(baseUrl: string, html: string): Promise<{ raw: number; gzip: number }> {
  const urls = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) urls.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(match[0])?.[1];
    if (href) urls.add(href);
  }
  const total = { raw: 0, gzip: 0 };
  for (const raw of urls) {
    const url = new URL(raw.replace(/&amp;/g, "&"), baseUrl).toString();
    if (!assetSizes.has(url)) {
      const body = new Uint8Array(await (await fetch(url)).arrayBuffer());
      assetSizes.set(url, { raw: body.byteLength, gzip: gzipped(body) });
    }
    total.raw += assetSizes.get(url)!.raw;
    total.gzip += assetSizes.get(url)!.gzip;
  }
  return total;
}

export async function measure(baseUrl: string, path: string, cookie: string, options: { requests: number; budgetMs: number }): Promise<Measure> {
  const url = new URL(path, baseUrl).toString();
  let last = await timed(url, cookie);
  for (let n = 1; n < WARM_UP; n++) last = await timed(url, cookie);
  const times: number[] = [];
  const deadline = performance.now() + options.budgetMs;
  while (times.length < options.requests && performance.now() < deadline) {
    last = await timed(url, cookie);
    times.push(last.ms);
  }
  times.sort((a, b) => a - b);
  const bytes = Buffer.byteLength(last.body);
  const assets = last.status === 200 ? await assetsSize(baseUrl, last.body) : { raw: 0, gzip: 0 };
  return {
    status: last.status, p50_ms: Math.round(percentile(times, 50)), p95_ms: Math.round(percentile(times, 95)), requests: times.length,
    bytes, total_bytes: bytes + assets.raw, transferred_bytes: gzipped(last.body) + assets.gzip,
  };
}
