// The record's history: the record on a past day, what changed between two days, dates refused
// with a clear message, and nothing of another organisation.
import { expectNoA11yViolations } from "./support/axe.ts";
import { expect, test } from "./support/fixtures.ts";
import { renameRole, seedCircleWithRole } from "./support/record-history.ts";

test("the record on a past day, then what changed since", async ({ page, factory, signIn }) => {
  const admin = await factory.createUser({ name: "Dominique Historienne" });
  const org = await factory.createOrganization(admin);
  const seed = await seedCircleWithRole(org, {
    circle: "Jardin", role: "Jardinier", accountabilities: ["Arroser les semis"], at: new Date("2024-03-01T10:00:00Z"), actor: admin,
  });
  await renameRole(org, seed, "Maraîcher", new Date("2024-05-01T10:00:00Z"), admin);
  await signIn(page, admin);
  await page.goto(`/o/${org.slug}`);
  await page.getByRole("navigation", { name: "Sections de l’organisation" }).getByRole("link", { name: "Historique" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Historique du registre");
  await expectNoA11yViolations(page);

  await page.getByLabel("Date", { exact: true }).fill("2024-04-15");
  await page.getByRole("button", { name: "Afficher le registre à cette date" }).click();
  await expect(page).toHaveURL(/at=2024-04-15/);
  await page.getByRole("navigation", { name: "Cercles" }).getByRole("link", { name: "Jardin" }).click();
  await expect(page.getByRole("heading", { name: "Jardin au 15 avril 2024" })).toBeVisible();
  await expect(page.getByText("Jardinier", { exact: true })).toBeVisible();
  await expect(page.getByText("Arroser les semis")).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByLabel("Du", { exact: true }).fill("2024-04-01");
  await page.getByLabel("Au", { exact: true }).fill("2024-05-31");
  await page.getByRole("button", { name: "Afficher les changements" }).click();
  const changes = page.locator("#changes").getByRole("listitem");
  await expect(changes).toHaveCount(1);
  await expect(changes).toContainText("Modification · Rôle « Maraîcher »");
  await expect(changes).toContainText("par Dominique Historienne · modification directe");
  await expect(changes.getByRole("row", { name: /Nom/ })).toContainText("Jardinier");
  await expect(changes.getByRole("row", { name: /Nom/ })).toContainText("Maraîcher");
  // The record on the day after the rename shows the new name, the other form kept its dates.
  await page.getByLabel("Date", { exact: true }).fill("2024-05-02");
  await page.getByRole("button", { name: "Afficher le registre à cette date" }).click();
  await expect(page).toHaveURL(/from=2024-04-01/);
  await page.getByRole("navigation", { name: "Cercles" }).getByRole("link", { name: "Jardin" }).click();
  await expect(page.getByText("Maraîcher", { exact: true }).first()).toBeVisible();
  await expectNoA11yViolations(page);
});

test("invalid and future dates are refused with a clear message", async ({ page, factory, signIn }) => {
  const admin = await factory.createUser();
  const org = await factory.createOrganization(admin);
  await signIn(page, admin);
  await page.goto(`/o/${org.slug}/record?at=2024-02-31`);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Cette date n’est pas valide : utilisez le format AAAA-MM-JJ.");
  await page.goto(`/o/${org.slug}/record?at=2999-01-01&from=2024-02-01&to=2024-01-01`);
  await expect(page.getByRole("main").getByRole("alert").first()).toHaveText("Cette date est dans le futur : le registre ne la connaît pas encore.");
  await expect(page.getByRole("main").getByRole("alert").nth(1)).toHaveText("La date de début doit précéder la date de fin.");
  await expectNoA11yViolations(page);
});

test("a member of another organisation gets 404 on its history", async ({ page, factory, signIn }) => {
  const alice = await factory.createUser();
  const bob = await factory.createUser();
  await factory.createOrganization(alice);
  const orgB = await factory.createOrganization(bob);
  await signIn(page, alice);
  expect((await page.goto(`/o/${orgB.slug}/record`))?.status()).toBe(404);
  await expect(page.getByText(orgB.name)).toHaveCount(0);
});
