// Creating an organisation, inviting a second person who joins, and managing members.
import { expect, test } from "./support/fixtures.ts";
import { expectNoA11yViolations } from "./support/axe.ts";

test("a person creates an organisation, invites someone by link, who joins; the admin manages them", async ({ browser, factory, signIn }) => {
  const founder = await factory.createUser({ name: "Fondatrice Test" });
  const newcomer = await factory.createUser({ name: "Nouvelle Venue" });
  const founderContext = await browser.newContext();
  const page = await founderContext.newPage();
  await signIn(page, founder);

  await page.goto("/orgs");
  await expectNoA11yViolations(page);
  await page.getByLabel("Nom de l’organisation").fill("x");
  await page.getByRole("button", { name: "Créer l’organisation" }).click();
  await expect(page.getByText("Le nom doit compter au moins 2 caractères.")).toBeVisible();

  const name = `Coop Test ${Date.now()}`;
  await page.getByLabel("Nom de l’organisation").fill(name);
  await page.getByRole("button", { name: "Créer l’organisation" }).click();
  await expect(page).toHaveURL(/\/o\/coop-test-\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ce qui m’attend" })).toBeVisible();
  await expectNoA11yViolations(page);
  const orgPath = new URL(page.url()).pathname;

  await page.getByRole("navigation", { name: "Sections de l’organisation" }).getByRole("link", { name: "Membres" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Membres" })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Créer l’invitation" }).click();
  const link = await page.getByLabel("Lien d’invitation").inputValue();
  expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{20,}$/);

  const newcomerContext = await browser.newContext();
  const other = await newcomerContext.newPage();
  await other.goto(new URL(link).pathname);
  await expect(other.getByText(name).first()).toBeVisible();
  await expectNoA11yViolations(other);
  await signIn(other, newcomer);
  await other.goto(new URL(link).pathname);
  await other.getByRole("button", { name: "Rejoindre l’organisation" }).click();
  await expect(other).toHaveURL(new RegExp(`${orgPath}$`));
  await expect(other.getByRole("heading", { level: 1, name: "Ce qui m’attend" })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Permission de Nouvelle Venue")).toBeVisible();
  await page.getByLabel("Permission de Nouvelle Venue").selectOption({ label: "Observateur·ice" });
  await page.getByRole("button", { name: "Modifier la permission" }).first().click();
  await expect(page.getByLabel("Permission de Nouvelle Venue")).toHaveValue("observer");

  await page.getByText("Retirer de l’organisation").last().click();
  await page.getByRole("button", { name: "Confirmer le retrait de Nouvelle Venue" }).click();
  await expect(page.getByText("Le membre a été retiré de l’organisation.")).toBeVisible();

  // Removal takes effect on the removed member's next request.
  await other.goto(orgPath);
  await expect(other.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  // ... and the link they used cannot be used again.
  await other.goto(new URL(link).pathname);
  await expect(other.getByRole("heading", { name: "Invitation non valable" })).toBeVisible();
  await founderContext.close();
  await newcomerContext.close();
});

test("an organisation member can belong to several organisations and switch between them", async ({ page, factory, signIn }) => {
  const person = await factory.createUser();
  const first = await factory.createOrganization(person, { name: `Première ${Date.now()}` });
  const second = await factory.createOrganization(person, { name: `Seconde ${Date.now()}` });
  await signIn(page, person);
  await page.goto(`/o/${first.slug}`);
  const switcher = page.getByRole("navigation", { name: "Organisations" });
  await switcher.locator("summary").click();
  await switcher.getByRole("link", { name: second.name }).click();
  await expect(page).toHaveURL(new RegExp(`/o/${second.slug}$`));
});
