// Checks shared by the hostile-input spec: a hostile string typed by a member must come back as
// text, never as markup or a live link. Every payload of tests/unit/xss-corpus.ts sets
// `window.__xss` if it ever runs, so "nothing ran" is one property read.
import { expect, type Page } from "@playwright/test";

/** Elements a payload would create if it were rendered as HTML (icons are svg without handlers). */
export const INJECTED = "script, iframe, object, embed, svg[onload], img[onerror], a[href^='javascript:' i], a[href^='data:' i]";

/** `payload` is shown literally inside `main` (and in `scope` if given), and nothing it carries ran or was built. */
export async function expectShownInert(page: Page, payload: string, scope = page.getByRole("main")): Promise<void> {
  await expect(scope).toContainText(payload);
  await expectNothingInjected(page);
}

export async function expectNothingInjected(page: Page): Promise<void> {
  await expect(page.getByRole("main").locator(INJECTED)).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
}
