// Proposals: drafting one from a governance tension, writing its change set, reading the record
// after adoption, amending it once in process and comparing its versions. Every page visited is
// checked with axe; another organisation's proposal is a 404.
import { expectNoA11yViolations } from "./support/axe.ts";
import { testDb } from "./support/db.ts";
import { expect, test } from "./support/fixtures.ts";
import { createGovernanceTension, createRoleWithAccountabilities, startProcess } from "./support/proposals.ts";

// Each step below waits for a server round trip (action, redirect, render): generous on a busy machine.
const SERVER = { timeout: 20_000 };
test.describe.configure({ timeout: 180_000 });

test("draft a proposal adding an accountability, preview it, amend it, compare versions", async ({ page, factory, signIn }) => {
  const alice = await factory.createUser({ name: "Alice Autrice" });
  const org = await factory.createOrganization(alice);
  const role = await createRoleWithAccountabilities(org, "Trésorerie", ["Tenir les comptes"]);
  const tension = await createGovernanceTension(org, alice, "La trésorerie n’est pas suivie");
  await signIn(page, alice);

  await page.goto(`/o/${org.slug}/proposals/new?tension=${tension.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rédiger une proposition");
  await expectNoA11yViolations(page);
  await page.getByLabel("Titre").fill("");
  await page.getByRole("button", { name: "Créer le brouillon" }).click();
  await expect(page.getByText("Donnez un titre à la proposition.")).toBeVisible(SERVER);
  await page.getByLabel("Titre").fill("Suivre la trésorerie");
  await page.getByLabel("Raisons").fill("Personne ne regarde les comptes chaque mois.");
  await page.getByRole("button", { name: "Créer le brouillon" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Modifier « Suivre la trésorerie »", SERVER);
  expect((await testDb().tension.findUniqueOrThrow({ where: { id: tension.id } })).status).toBe("processing");
  await expectNoA11yViolations(page);

  await page.getByLabel("Type de modification").selectOption({ label: "Ajouter une redevabilité" });
  await page.getByRole("button", { name: "Afficher le formulaire" }).click();
  const form = page.getByRole("form", { name: "Ajouter une redevabilité" });
  await form.getByRole("button", { name: "Ajouter la modification" }).click();
  await expect(form.getByText("Ce champ est obligatoire.")).toBeVisible(SERVER);
  await form.getByLabel("Rôle").selectOption({ label: "Trésorerie (Cercle général)" });
  await form.getByLabel("Description").fill("Suivre la trésorerie chaque mois");
  await form.getByRole("button", { name: "Ajouter la modification" }).click();
  await expect(page.getByText("Modification ajoutée.")).toBeVisible(SERVER);
  await expectNoA11yViolations(page);

  const proposal = await testDb().proposal.findFirstOrThrow({ where: { organizationId: org.id }, select: { id: true } });
  await page.goto(`/o/${org.slug}/proposals/${proposal.id}`);
  const preview = page.getByRole("region", { name: "Le registre après adoption" });
  await expect(preview.getByText("Ajout :")).toBeVisible();
  await expect(preview.getByText("redevabilité « Suivre la trésorerie chaque mois »")).toBeVisible();
  await expect(preview.getByText("Toutes les modifications s’appliquent au registre actuel.")).toBeVisible();
  await expectNoA11yViolations(page);

  // The consent process starts (another module): from now on, editing amends.
  await startProcess(proposal.id);
  await page.reload();
  await page.getByRole("link", { name: "Amender la proposition" }).click();
  await page.getByRole("textbox", { name: "Titre", exact: true }).fill("Suivre la trésorerie tous les mois");
  await page.getByRole("button", { name: "Enregistrer un amendement" }).click();
  await expect(page.getByText("Textes enregistrés.")).toBeVisible(SERVER);
  const versions = await testDb().proposalVersion.findMany({ where: { proposalId: proposal.id }, orderBy: { number: "asc" }, select: { number: true, title: true } });
  expect(versions).toEqual([{ number: 1, title: "Suivre la trésorerie" }, { number: 2, title: "Suivre la trésorerie tous les mois" }]);

  await page.goto(`/o/${org.slug}/proposals/${proposal.id}/versions?a=1&b=2`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Version 1 → version 2");
  const title = page.getByRole("region", { name: "Titre" });
  await expect(title.getByText("Suivre la trésorerie tous les mois")).toBeVisible();
  await expect(title.getByText("Retiré :")).toBeVisible();
  await expectNoA11yViolations(page);

  await page.goto(`/o/${org.slug}/proposals?mine=1`);
  await expect(page.getByRole("link", { name: "Suivre la trésorerie tous les mois" })).toBeVisible();
  await expectNoA11yViolations(page);
  expect(role.id).toBeTruthy();
});

test("another organisation's proposal is a 404, and a draft stays private to its author", async ({ page, factory, signIn }) => {
  const alice = await factory.createUser();
  const bob = await factory.createUser();
  const carol = await factory.createUser();
  const orgA = await factory.createOrganization(alice);
  await factory.addMember(orgA, carol, "member");
  const orgB = await factory.createOrganization(bob);
  const tension = await createGovernanceTension(orgA, alice, "Tension de A");
  await signIn(page, alice);
  await page.goto(`/o/${orgA.slug}/proposals/new?tension=${tension.id}`);
  await page.getByRole("button", { name: "Créer le brouillon" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Modifier « Tension de A »", SERVER);
  const proposal = await testDb().proposal.findFirstOrThrow({ where: { organizationId: orgA.id }, select: { id: true } });

  await page.context().clearCookies();
  await signIn(page, bob);
  for (const path of ["", "/edit", "/versions?a=1&b=1"]) {
    expect((await page.goto(`/o/${orgB.slug}/proposals/${proposal.id}${path}`))?.status(), path).toBe(404);
    expect((await page.goto(`/o/${orgA.slug}/proposals/${proposal.id}${path}`))?.status(), path).toBe(404);
  }
  expect((await page.goto(`/o/${orgB.slug}/proposals/new?tension=${tension.id}`))?.status()).toBe(404);

  await page.context().clearCookies();
  await signIn(page, carol);
  expect((await page.goto(`/o/${orgA.slug}/proposals/${proposal.id}`))?.status()).toBe(404);
  await page.goto(`/o/${orgA.slug}/proposals`);
  await expect(page.getByText("Aucune proposition ne correspond.")).toBeVisible();
  await expectNoA11yViolations(page);
});
