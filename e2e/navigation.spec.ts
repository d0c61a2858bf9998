// Links are plain <a> elements (components/ui/link.tsx); once the page's script runs, one
// listener turns clicks on them into client-side navigations (components/shell/link-navigation.tsx).
// A navigation keeps the page (a marker set on `window` survives it); what the browser should do
// itself (a new tab, a download) it still does.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures.ts";

const orgNav = (page: Page) => page.getByRole("navigation", { name: "Sections de l’organisation" });
const samePage = (page: Page) => page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage === true);

test("links navigate without reloading the page, and leave new tabs and downloads to the browser", async ({ page, factory, user, signIn }) => {
  const org = await factory.createOrganization(user);
  await signIn(page, user);
  await page.goto(`/o/${org.slug}`);
  // The listener is there once the page's scripts have run.
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => ((window as unknown as { samePage?: boolean }).samePage = true));

  await orgNav(page).getByRole("link", { name: "Redevabilités" }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/review$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revue des redevabilités");
  expect(await samePage(page)).toBe(true);

  // A modified click opens a new tab, and this page stays where it is.
  const [tab] = await Promise.all([
    page.context().waitForEvent("page"),
    orgNav(page).getByRole("link", { name: "Tensions" }).click({ modifiers: ["ControlOrMeta"] }),
  ]);
  await expect(tab).toHaveURL(new RegExp(`/o/${org.slug}/tensions$`));
  await tab.close();
  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/review$`));

  // A download link downloads, without leaving the page.
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Exporter en CSV (tableur)" }).click()]);
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/review$`));
  expect(await samePage(page)).toBe(true);

  // Back goes back, still in the same page.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}$`));
  expect(await samePage(page)).toBe(true);
});
