// Search: from the organisation bar, French and accent-insensitive, highlighted as text, scoped to
// the member's organisation.
import { expectNoA11yViolations } from "./support/axe.ts";
import { expect, test } from "./support/fixtures.ts";
import { seedCircleWithRole } from "./support/record-history.ts";

test("a member searches from the bar and reaches the role of a matching accountability", async ({ page, factory, signIn }) => {
  const admin = await factory.createUser({ name: "Camille Search" });
  const org = await factory.createOrganization(admin);
  const seed = await seedCircleWithRole(org, {
    circle: "Vie associative", role: "Animation des bénévoles", accountabilities: ["Suivre la redevabilité des référents", "Accueillir <b>les</b> nouveaux"],
    at: new Date(), actor: admin,
  });
  await signIn(page, admin);
  await page.goto(`/o/${org.slug}`);
  await page.getByRole("search").getByLabel("Rechercher dans le registre").fill("redevabilite");
  await page.getByRole("search").getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/\/search\?q=redevabilite/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recherche : « redevabilite »");
  const results = page.getByRole("main").getByRole("listitem");
  await expect(results).toHaveCount(1);
  await expect(results.locator("mark")).toHaveText("redevabilité");
  await expect(results).toContainText("Redevabilité");
  await expect(results).toContainText("dans Animation des bénévoles");
  await expectNoA11yViolations(page);
  await results.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/roles/${seed.roleId}$`));
});

test("markup in the record is shown as text; empty and too long queries are explained", async ({ page, factory, signIn }) => {
  const admin = await factory.createUser();
  const org = await factory.createOrganization(admin);
  await seedCircleWithRole(org, { circle: "Accueil", role: "Portier", accountabilities: ["Accueillir <img src=x onerror=alert(1)> les nouveaux"], at: new Date(), actor: admin });
  await signIn(page, admin);
  await page.goto(`/o/${org.slug}/search?q=nouveaux`);
  const main = page.getByRole("main");
  await expect(main.getByRole("listitem")).toContainText("Accueillir <img src=x onerror=alert(1)> les nouveaux");
  await expect(main.locator("img")).toHaveCount(0);
  await expect(main.locator("mark")).toHaveText("nouveaux");

  await page.goto(`/o/${org.slug}/search?q=${encodeURIComponent("   ")}`);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Saisissez un mot ou quelques mots à rechercher.");
  await expectNoA11yViolations(page);
  const long = "a".repeat(201);
  await page.goto(`/o/${org.slug}/search?q=${long}`);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Votre recherche est trop longue : 200 caractères au plus.");
  await expect(main.getByLabel("Rechercher dans le registre")).toHaveValue(long);
  await page.goto(`/o/${org.slug}/search?q=introuvable`);
  await expect(main.getByRole("status")).toHaveText("Aucun résultat pour « introuvable ». Essayez un autre mot, ou seulement son début.");
});

test("a member of another organisation gets 404 and never sees its results", async ({ page, factory, signIn }) => {
  const alice = await factory.createUser();
  const bob = await factory.createUser();
  const orgA = await factory.createOrganization(alice);
  const orgB = await factory.createOrganization(bob);
  await seedCircleWithRole(orgB, { circle: "Secret", role: "Cartographe", accountabilities: ["Tenir la carte"], at: new Date(), actor: bob });
  await signIn(page, alice);
  expect((await page.goto(`/o/${orgB.slug}/search?q=cartographe`))?.status()).toBe(404);
  await page.goto(`/o/${orgA.slug}/search?q=cartographe`);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Aucun résultat");
});
