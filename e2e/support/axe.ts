// Accessibility check of the page as it is now (WCAG 2.1 A and AA rules of axe-core). On failure
// the message lists each violation with its rule, what it means and where, so it can be fixed
// without opening the trace.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

function describe(violation: Violation): string {
  const targets = violation.nodes.map((node) => `    ${node.target.join(" ")}`).join("\n");
  return `${violation.id} (${violation.impact ?? "unknown"}): ${violation.help}\n${targets}`;
}

export async function expectNoA11yViolations(page: Page): Promise<void> {
  // After a Server Action's redirect, Next applies the new page's metadata a moment after its
  // content: wait for the title (every page has one), so that axe never sees the gap.
  await expect(page).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map(describe), `accessibility violations on ${page.url()}`).toEqual([]);
}
