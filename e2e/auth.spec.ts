// Sign-up, sign-in, sign-out and revocation, as a person does them in the browser.
import { randomUUID } from "node:crypto";
import { expect, test } from "./support/fixtures.ts";
import { expectNoA11yViolations } from "./support/axe.ts";

test("a newcomer signs up and lands on their organisations, signed in", async ({ page }) => {
  const email = `e2e-signup-${randomUUID()}@example.test`;
  await page.goto("/signup");
  await expectNoA11yViolations(page);
  await page.getByLabel("Nom").fill("Ada Lovelace");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill("password1");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  // A common password is refused; what was typed (but the password) is kept.
  await expect(page.getByText(/trop courant|trop répandu|courant/i)).toBeVisible();
  await expect(page.getByLabel("Nom")).toHaveValue("Ada Lovelace");
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue(email);

  await page.getByLabel("Mot de passe").fill(`Métier-à-tisser-${randomUUID().slice(0, 6)}`);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/\/orgs$/);
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  await expectNoA11yViolations(page);
});

test("a wrong password gets one generic message; the right one signs in; sign-out signs out", async ({ page, user, signIn }) => {
  await page.goto("/signin");
  await expectNoA11yViolations(page);
  await page.getByLabel("Adresse e-mail").fill(user.email);
  await page.getByLabel("Mot de passe", { exact: true }).fill("pas-le-bon-mot-de-passe");
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  await expect(page.getByText("Adresse e-mail ou mot de passe incorrect.")).toBeVisible();
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue(user.email);

  await signIn(page, user);
  await expect(page.getByRole("link", { name: "Mon compte" })).toBeVisible();
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin/);
});

test("signing out everywhere ends the sessions of every other browser on their next request", async ({ browser, user, signIn }) => {
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const [onLaptop, onPhone] = [await laptop.newPage(), await phone.newPage()];
  await signIn(onLaptop, user);
  await signIn(onPhone, user);

  await onLaptop.goto("/account");
  await expectNoA11yViolations(onLaptop);
  await onLaptop.getByRole("button", { name: "Se déconnecter de tous les appareils" }).click();
  await expect(onLaptop.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();

  await onPhone.goto("/account");
  await expect(onPhone).toHaveURL(/\/signin/);
  await laptop.close();
  await phone.close();
});

test("the interface follows the language switch and the browser's language", async ({ browser }) => {
  const english = await browser.newContext({ locale: "en-GB" });
  const page = await english.newPage();
  await page.goto("/signin");
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("button", { name: "Se connecter", exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveURL(/\/signin/);
  await english.close();
});

test("signing in works before JavaScript loads (no JavaScript at all)", async ({ browser, user }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("Adresse e-mail").fill(user.email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  await expect(page).toHaveURL(/\/orgs$/);
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  await context.close();
});
