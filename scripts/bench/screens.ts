// Sobriety of the key screens in the system Chromium, signed in as the admin: transferred bytes,
// requests and DOM elements (e2e/support/page-weight.ts, the same code the e2e budget check runs),
// and the EcoIndex they give (./ecoindex.ts).
import { chromium } from "@playwright/test";
import { CHROMIUM, SCREEN_BUDGET, weighPage, type PageWeight } from "../../e2e/support/page-weight.ts";
import { ecoIndex, type EcoIndex } from "./ecoindex.ts";

export type Screen = PageWeight & { name: string; path: string; ecoindex: number; grade: EcoIndex["grade"]; ges: number; water: number };

export { SCREEN_BUDGET };

/** `cookie` is `name=value`, as the bench's load generator sends it. */
export async function weighScreens(baseUrl: string, cookie: string, screens: { name: string; path: string }[]): Promise<Screen[]> {
  const browser = await chromium.launch(CHROMIUM);
  try {
    const [name, ...value] = cookie.split("=");
    const context = await browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris" });
    await context.addCookies([{ name: name!, value: value.join("="), url: baseUrl }]);
    const results: Screen[] = [];
    for (const screen of screens) {
      const page = await context.newPage();
      const weight = await weighPage(page, new URL(screen.path, baseUrl).toString());
      await page.close();
      const index = ecoIndex(weight);
      results.push({ ...weight, name: screen.name, path: screen.path, ecoindex: index.score, grade: index.grade, ges: index.ges, water: index.water });
    }
    return results;
  } finally {
    await browser.close();
  }
}
