// The server answers, in the visitor's language, with accessible pages: the landing page and the
// page for an unknown address.
import { randomUUID } from "node:crypto";
import { expect, test } from "./support/fixtures.ts";
import { expectNoA11yViolations } from "./support/axe.ts";

test.describe("landing page", () => {
  test("answers with one heading, a language and no accessibility violation", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.locator("main#main")).toBeVisible();
    await expectNoA11yViolations(page);
  });
});

test.describe("unknown page", () => {
  const path = `/page-qui-n-existe-pas-${randomUUID()}`;

  async function notFoundHeading(page: import("@playwright/test").Page): Promise<string> {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toHaveCount(1);
    return (await heading.innerText()).trim();
  }

  test("is a translated 404 with no accessibility violation", async ({ page }) => {
    const heading = await notFoundHeading(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    // Next's built-in page is English only: the app must render its own.
    await expect(page.getByText(/could not be found/i)).toHaveCount(0);
    expect(heading).not.toBe("");
    await expectNoA11yViolations(page);
  });

  test("speaks English to an English-speaking browser", async ({ browser }) => {
    const french = await browser.newContext({ locale: "fr-FR" });
    const english = await browser.newContext({ locale: "en-US" });
    try {
      const frenchHeading = await notFoundHeading(await french.newPage());
      const englishPage = await english.newPage();
      const englishHeading = await notFoundHeading(englishPage);
      await expect(englishPage.locator("html")).toHaveAttribute("lang", "en");
      expect(englishHeading).not.toBe(frenchHeading);
    } finally {
      await french.close();
      await english.close();
    }
  });
});
