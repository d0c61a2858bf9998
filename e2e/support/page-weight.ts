// What opening a screen costs the person who opens it, measured one way for both `npm run bench`
// (scripts/bench/screens.ts) and the e2e budget check (e2e/budgets.spec.ts): a first visit (the
// browser cache is off), counted until the network is idle, so Next's link prefetches count too.
// - bytes: what crossed the network, compressed, headers included (CDP Network.loadingFinished
//   encodedDataLength, what DevTools calls "transferred");
// - requests: every network request the page made (data: URLs are not requests), and among them
//   `prefetches`: Next's speculative RSC fetches for the links in view (two per link), which the
//   page does not need to show itself;
// - dom: the elements of the finished page (`document.getElementsByTagName('*')`, EcoIndex's count).
import type { Page } from "@playwright/test";

/**
 * The budget of every key screen, for the bench's verdicts and the e2e check alike: every byte
 * transferred (prefetches included), and the requests the screen makes for itself (prefetches
 * excluded: they grow with the links in view; the bench reports them, and their total, apart).
 */
export const SCREEN_BUDGET = { bytes: 300 * 1024, requests: 25 } as const;

/** The system Chromium, with what keeps it from talking to anything but the app. */
export const CHROMIUM = {
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

export type PageWeight = { status: number; bytes: number; requests: number; prefetches: number; dom: number };

export async function weighPage(page: Page, url: string): Promise<PageWeight> {
  const cdp = await page.context().newCDPSession(page);
  const requests = new Set<string>();
  const prefetches = new Set<string>();
  const bytes = new Map<string, number>();
  cdp.on("Network.requestWillBeSent", (event) => {
    if (event.request.url.startsWith("data:")) return;
    requests.add(event.requestId);
    if (Object.keys(event.request.headers).some((name) => name.toLowerCase() === "next-router-prefetch")) prefetches.add(event.requestId);
  });
  cdp.on("Network.loadingFinished", (event) => {
    if (requests.has(event.requestId)) bytes.set(event.requestId, event.encodedDataLength);
  });
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  try {
    const response = await page.goto(url, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    const dom = await page.evaluate(() => document.getElementsByTagName("*").length);
    let total = 0;
    for (const size of bytes.values()) total += size;
    return { status: response?.status() ?? 0, bytes: total, requests: requests.size, prefetches: prefetches.size, dom };
  } finally {
    await cdp.detach();
  }
}
