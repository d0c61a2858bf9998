// Direct edits of the governance record by admins (while the organisation allows them), and the
// organisation setting that forbids them. Every page visited is checked with axe.
import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/axe.ts";
import { testDb } from "./support/db.ts";
import { createRole } from "./support/direct-edits.ts";
import { expect, test } from "./support/fixtures.ts";

const OUTDATED = "Le registre a changé depuis que vous avez ouvert cette page : rechargez-la.";
const NAME_TAKEN = "Ce nom est déjà utilisé à cet endroit (sans tenir compte des majuscules).";

function accountability(page: Page, position: number) {
  return page.getByRole("textbox", { name: `Redevabilité ${position}`, exact: true });
}

function section(page: Page, name: string) {
  return page.getByRole("region", { name, exact: true });
}

test("an admin renames a role, adds and reorders accountabilities, assigns a member, creates a sub-circle", async ({ page, factory, signIn }) => {
  const alice = await factory.createUser({ name: "Alice Admin" });
  const bob = await factory.createUser({ name: "Bob Bénévole" });
  const org = await factory.createOrganization(alice);
  const bobMembership = await factory.addMember(org, bob, "member");
  const role = await createRole(org, { name: "Trésorerie", accountabilities: ["Tenir les comptes", "Préparer le budget"] });
  await signIn(page, alice);

  await page.goto(`/o/${org.slug}/roles/${role.id}/edit`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Modifier le rôle « Trésorerie »");
  await expectNoA11yViolations(page);

  const identity = section(page, "Nom et raison d’être");
  await identity.getByLabel("Nom").fill("Trésorerie générale");
  await identity.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Modifier le rôle « Trésorerie générale »");

  await page.getByLabel("Nouvelle redevabilité").fill("Suivre la trésorerie");
  await page.getByRole("button", { name: "Ajouter la redevabilité" }).click();
  await expect(accountability(page, 3)).toHaveValue("Suivre la trésorerie");

  await page.getByRole("button", { name: "Monter la redevabilité 3" }).click();
  await expect(accountability(page, 2)).toHaveValue("Suivre la trésorerie");
  await expect(accountability(page, 3)).toHaveValue("Préparer le budget");

  const assignments = section(page, "Affectations");
  await assignments.getByLabel("Membre").selectOption({ label: "Bob Bénévole" });
  await assignments.getByLabel("Focus").fill("Subventions");
  await assignments.getByRole("button", { name: "Affecter" }).click();
  await expect(assignments.getByRole("button", { name: "Mettre fin à l’affectation de Bob Bénévole" })).toBeVisible();
  await expect(assignments.getByText("Focus : Subventions")).toBeVisible();
  await expectNoA11yViolations(page);

  const db = testDb();
  const accountabilities = await db.accountability.findMany({ where: { roleId: role.id, archivedAt: null }, orderBy: { position: "asc" }, select: { description: true } });
  expect(accountabilities.map((row) => row.description)).toEqual(["Tenir les comptes", "Suivre la trésorerie", "Préparer le budget"]);
  expect(await db.roleAssignment.count({ where: { roleId: role.id, membershipId: bobMembership, endedAt: null, focus: "Subventions" } })).toBe(1);
  const renamed = await db.recordChange.findFirstOrThrow({ where: { organizationId: org.id, entityId: role.id, action: "updated" } });
  expect(renamed).toMatchObject({ isDirectEdit: true, actorId: alice.id, decisionId: null });

  await page.goto(`/o/${org.slug}/circles/${org.generalCircleId}/edit`);
  await expectNoA11yViolations(page);
  const children = section(page, "Sous-cercles");
  await children.getByLabel("Nom").fill("Festival d’été");
  await children.getByLabel("Nature du cercle").selectOption({ label: "Projet" });
  await children.getByRole("button", { name: "Créer le sous-cercle" }).click();
  await children.getByRole("link", { name: "Modifier Festival d’été" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Modifier le cercle « Festival d’été »");
  await expect(section(page, "Rôles").getByRole("link", { name: "Modifier Premier lien" })).toBeVisible();
  await expectNoA11yViolations(page);
});

test("a refused edit explains why next to the field and keeps what was typed", async ({ page, factory, signIn }) => {
  const alice = await factory.createUser();
  const org = await factory.createOrganization(alice);
  await createRole(org, { name: "Communication" });
  const role = await createRole(org, { name: "Accueil" });
  await signIn(page, alice);
  await page.goto(`/o/${org.slug}/roles/${role.id}/edit`);

  const identity = section(page, "Nom et raison d’être");
  await identity.getByLabel("Nom").fill("communication");
  await identity.getByLabel("Raison d’être").fill("Accueillir les nouvelles personnes");
  await identity.getByRole("button", { name: "Enregistrer", exact: true }).click();
  const name = identity.getByLabel("Nom");
  await expect(name).toHaveAccessibleDescription(NAME_TAKEN);
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveValue("communication");
  await expect(identity.getByLabel("Raison d’être")).toHaveValue("Accueillir les nouvelles personnes");
  await expectNoA11yViolations(page);
  expect((await testDb().role.findUniqueOrThrow({ where: { id: role.id } })).name).toBe("Accueil");
});

test("an edit made from an outdated page is refused, and says to reload", async ({ page, context, factory, signIn }) => {
  const alice = await factory.createUser();
  const org = await factory.createOrganization(alice);
  const role = await createRole(org, { name: "Jardin" });
  await signIn(page, alice);
  const url = `/o/${org.slug}/roles/${role.id}/edit`;
  await page.goto(url);
  const other = await context.newPage();
  await other.goto(url);

  await section(other, "Nom et raison d’être").getByLabel("Nom").fill("Potager");
  await section(other, "Nom et raison d’être").getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Modifier le rôle « Potager »");

  const identity = section(page, "Nom et raison d’être");
  await identity.getByLabel("Nom").fill("Verger");
  await identity.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(identity.getByRole("alert")).toHaveText(OUTDATED);
  await expect(identity.getByLabel("Nom")).toHaveValue("Verger");
  expect((await testDb().role.findUniqueOrThrow({ where: { id: role.id } })).name).toBe("Potager");
});

test("a member who is not admin gets 403 on the edit pages and the settings page", async ({ page, factory, signIn }) => {
  const alice = await factory.createUser();
  const bob = await factory.createUser();
  const org = await factory.createOrganization(alice);
  await factory.addMember(org, bob, "member");
  const role = await createRole(org, { name: "Cuisine" });
  await signIn(page, bob);
  for (const path of [`circles/${org.generalCircleId}/edit`, `roles/${role.id}/edit`, "settings"]) {
    const response = await page.goto(`/o/${org.slug}/${path}`);
    expect(response?.status(), path).toBe(403);
  }
  await expectNoA11yViolations(page);
});

test("switching the organisation to consent only makes the edit pages 403 for admins too", async ({ page, factory, signIn }) => {
  const alice = await factory.createUser();
  const org = await factory.createOrganization(alice);
  const role = await createRole(org, { name: "Atelier" });
  await signIn(page, alice);
  await page.goto(`/o/${org.slug}/settings`);
  await expect(page.getByLabel("Modifications directes par les admins")).toBeChecked();
  await expectNoA11yViolations(page);
  await page.getByLabel("Par consentement uniquement").check();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status")).toHaveText("Paramètre enregistré.");
  expect((await testDb().organization.findUniqueOrThrow({ where: { id: org.id } })).governanceEditMode).toBe("consent_only");

  for (const path of [`circles/${org.generalCircleId}/edit`, `roles/${role.id}/edit`]) {
    const response = await page.goto(`/o/${org.slug}/${path}`);
    expect(response?.status(), path).toBe(403);
  }
});

test("an admin of another organisation gets 404, and forged ids change nothing there", async ({ page, factory, signIn }) => {
  const alice = await factory.createUser();
  const bob = await factory.createUser();
  const orgA = await factory.createOrganization(alice);
  const orgB = await factory.createOrganization(bob);
  const roleA = await createRole(orgA, { name: "Logistique" });
  const roleB = await createRole(orgB, { name: "Secrétariat B" });
  await signIn(page, alice);
  for (const path of [`circles/${orgB.generalCircleId}/edit`, `roles/${roleB.id}/edit`, "settings"]) {
    const response = await page.goto(`/o/${orgB.slug}/${path}`);
    expect(response?.status(), path).toBe(404);
  }
  // B's role id inside A's page: as unknown as any other id.
  expect((await page.goto(`/o/${orgA.slug}/roles/${roleB.id}/edit`))?.status()).toBe(404);

  await page.goto(`/o/${orgA.slug}/roles/${roleA.id}/edit`);
  const identity = section(page, "Nom et raison d’être");
  await identity.locator('input[name="roleId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), roleB.id);
  await identity.getByLabel("Nom").fill("Pris");
  await identity.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(identity.getByRole("alert")).toHaveText("Cet élément du registre est introuvable.");
  expect((await testDb().role.findUniqueOrThrow({ where: { id: roleB.id } })).name).toBe("Secrétariat B");
});

test("an admin gives a domain to a role, adds a policy, and archives a role after confirming", async ({ page, factory, signIn }) => {
  const alice = await factory.createUser();
  const org = await factory.createOrganization(alice);
  const role = await createRole(org, { name: "Programmation" });
  await signIn(page, alice);
  await page.goto(`/o/${org.slug}/circles/${org.generalCircleId}/edit`);

  const addDomain = section(page, "Domaines");
  await addDomain.getByLabel("Nom du domaine").fill("Agenda de la salle");
  await addDomain.getByLabel("Détenu par").selectOption({ label: "Programmation" });
  await addDomain.getByRole("button", { name: "Ajouter le domaine" }).click();
  await expect(addDomain.getByRole("button", { name: "Retirer le domaine « Agenda de la salle »" })).toBeVisible();

  const policies = section(page, "Politiques");
  await policies.getByLabel("Titre").fill("Prêt de la salle");
  await policies.getByLabel("Texte").fill("- Gratuit pour les membres");
  await policies.getByRole("button", { name: "Ajouter la politique" }).click();
  await expect(policies.getByRole("button", { name: "Retirer la politique « Prêt de la salle »" })).toBeVisible();
  await expectNoA11yViolations(page);
  expect(await testDb().domain.count({ where: { organizationId: org.id, roleId: role.id, name: "Agenda de la salle", archivedAt: null } })).toBe(1);

  await page.goto(`/o/${org.slug}/roles/${role.id}/edit`);
  await page.getByText("Archiver ce rôle…").click();
  await page.getByRole("button", { name: "Confirmer l’archivage de « Programmation »" }).click();
  await expect(page).toHaveURL(new RegExp(`/circles/${org.generalCircleId}/edit\\?notice=roleArchived$`));
  await expect(page.getByRole("status")).toHaveText("Le rôle a été archivé.");
  await expect(section(page, "Rôles").getByRole("link", { name: "Modifier Programmation" })).toHaveCount(0);
  await expectNoA11yViolations(page);
  // The domain it held went back to the circle.
  expect(await testDb().domain.count({ where: { organizationId: org.id, roleId: null, name: "Agenda de la salle", archivedAt: null } })).toBe(1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the forms still save, and still refuse with the reason and the typed text", async ({ page, factory, signIn }) => {
    const alice = await factory.createUser();
    const org = await factory.createOrganization(alice);
    await createRole(org, { name: "Bar" });
    const role = await createRole(org, { name: "Cantine", accountabilities: ["Commander", "Cuisiner"] });
    await signIn(page, alice);
    await page.goto(`/o/${org.slug}/roles/${role.id}/edit`);

    await page.getByRole("button", { name: "Descendre la redevabilité 1" }).click();
    await expect(accountability(page, 1)).toHaveValue("Cuisiner");

    const identity = section(page, "Nom et raison d’être");
    await identity.getByLabel("Nom").fill("BAR");
    await identity.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await expect(section(page, "Nom et raison d’être").getByLabel("Nom")).toHaveAccessibleDescription(NAME_TAKEN);
    await expect(section(page, "Nom et raison d’être").getByLabel("Nom")).toHaveValue("BAR");
  });
});
