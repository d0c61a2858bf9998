// Reading the governance record: the map and its tree, a circle's page, a role's page with its
// history, the role list and its filters; each page checked with axe, and closed to other
// organisations.
import { expectNoA11yViolations as expectNoA11y } from "./support/axe.ts";
import { expect, test, type TestOrganization, type TestUser } from "./support/fixtures.ts";
import { addDomain, addPolicy, assignRole, createCircle, createRole, updateRole } from "./support/record.ts";

/** YYYY-MM-DD, `days` from today. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function buildRecord(org: TestOrganization, admin: TestUser, holderMembershipId: string) {
  const atelier = await createCircle(org, admin, { name: "Pôle Atelier", purpose: "Réparer ensemble" });
  const velo = await createCircle(org, admin, { name: "Projet Vélo", kind: "project", parentId: atelier.id });
  const cuisine = await createCircle(org, admin, { name: "Pôle Cuisine" });
  const treso = await createRole(org, admin, { circleId: atelier.id, name: "Trésorerie", purpose: "Des comptes clairs", accountabilities: ["Tenir les comptes", "Payer les factures"] });
  await assignRole(org, admin, { roleId: treso.id, membershipId: holderMembershipId, focus: "Subventions", termEndsOn: inDays(10) });
  await addDomain(org, admin, { circleId: atelier.id, roleId: treso.id, name: "Compte bancaire" });
  await addPolicy(org, admin, {
    circleId: atelier.id,
    title: "Achats",
    body: "# Règle\nAu-delà de **500 €**, voir [le guide](https://example.org/guide).\n\n![pixel](https://tracker.example/p.png)\n\n<b>gras brut</b>",
  });
  await updateRole(org, admin, treso.id, { purpose: "Des comptes clairs et à jour" });
  return { atelier, velo, cuisine, treso };
}

test("map → circle → role, through the tree and through the map, with the role's history", async ({ page, factory, signIn }) => {
  const admin = await factory.createUser({ name: "Alice Admin" });
  const holder = await factory.createUser({ name: "Bruno Titulaire" });
  const org = await factory.createOrganization(admin);
  const record = await buildRecord(org, admin, await factory.addMember(org, holder));
  await signIn(page, admin);

  await page.goto(`/o/${org.slug}/circles`);
  await expect(page.getByRole("heading", { level: 1, name: "Cercles" })).toBeVisible();
  await expectNoA11y(page);
  // One level at a time: the general circle's sub-circles, each with its facts; zooming on a
  // pole lists its own sub-circles.
  const tree = page.getByRole("list", { name: "Arborescence des cercles" });
  await expect(tree.getByText("Pôle · 5 rôles")).toBeVisible();
  await expect(tree.getByText("Projet · 4 rôles")).toHaveCount(0);
  await tree.getByRole("link", { name: "1 sous-cercle : centrer la carte sur Pôle Atelier" }).click();
  await expect(page).toHaveURL(new RegExp(`/circles\\?focus=${record.atelier.id}$`));
  await expect(tree.getByText("Projet · 4 rôles")).toBeVisible();
  await tree.getByRole("link", { name: "Pôle Atelier", exact: true }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Pôle Atelier" })).toBeVisible();
  await expectNoA11y(page);
  await expect(page.getByText("Réparer ensemble")).toBeVisible();
  await expect(page.getByRole("link", { name: "Modifier le cercle" })).toHaveAttribute("href", `/o/${org.slug}/circles/${record.atelier.id}/edit`);
  await expect(page.getByRole("link", { name: "Exprimer une tension dans ce cercle" })).toHaveAttribute("href", `/o/${org.slug}/tensions/new?circle=${record.atelier.id}`);
  await expect(page.getByRole("link", { name: "Projet Vélo" })).toBeVisible();
  // The policy: Markdown rendered, link marked nofollow, no image, no raw HTML.
  await expect(page.getByRole("link", { name: "le guide" })).toHaveAttribute("rel", "nofollow noopener noreferrer");
  await expect(page.locator("main img")).toHaveCount(0);
  await expect(page.locator("main b", { hasText: "gras brut" })).toHaveCount(0);
  await expect(page.getByText("Compte bancaire", { exact: true })).toBeVisible();
  const journal = page.locator("section", { has: page.getByRole("heading", { name: "Journal du cercle" }) });
  await expect(journal.getByText("Alice Admin a créé le rôle « Trésorerie ».")).toBeVisible();
  await expect(journal.getByText("Alice Admin a confié le rôle « Trésorerie » à Bruno Titulaire.")).toBeVisible();
  await expect(journal.getByText("modification directe").first()).toBeVisible();

  await page.getByRole("link", { name: "Trésorerie", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Trésorerie" })).toBeVisible();
  await expectNoA11y(page);
  await expect(page.getByRole("listitem").filter({ hasText: /^Tenir les comptes$/ })).toBeVisible();
  await expect(page.locator("ol.list-decimal > li")).toHaveText(["Tenir les comptes", "Payer les factures"]);
  const holders = page.locator("section", { has: page.getByRole("heading", { name: "Titulaires" }) });
  await expect(holders.getByText("focus : Subventions")).toBeVisible();
  await expect(holders.getByText("échéance proche")).toBeVisible();
  const history = page.locator("section", { has: page.getByRole("heading", { name: "Historique du rôle" }) });
  const edit = history.getByRole("listitem").filter({ hasText: "Alice Admin a modifié le rôle « Trésorerie »." });
  await expect(edit).toContainText("modification directe");
  await expect(edit).toContainText("Des comptes clairs et à jour");

  await expect(page.getByRole("link", { name: "Exprimer une tension à propos de ce rôle" })).toHaveAttribute(
    "href",
    `/o/${org.slug}/tensions/new?circle=${record.atelier.id}&role=${record.treso.id}`,
  );

  // The same journey on the map: zoom on a pole, then open one of its roles.
  await page.goto(`/o/${org.slug}/circles`);
  await page.locator(`svg a[href$="?focus=${record.cuisine.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/circles\\?focus=${record.cuisine.id}$`));
  await expect(page.getByRole("navigation", { name: "Cercles englobants" })).toContainText("Pôle Cuisine");
  await expectNoA11y(page);
  await page.locator(`svg a[href$="/roles/${record.cuisine.coreRoleIds.lead_link}"]`).click();
  await expect(page.getByRole("heading", { level: 1, name: "Premier lien" })).toBeVisible();
  await expect(page.getByText("Rôle structurel : Premier lien")).toBeVisible();
});

test("the role list filters by circle and by name, ignoring accents; members see no edit links", async ({ page, factory, signIn }) => {
  const admin = await factory.createUser({ name: "Alice Admin" });
  const member = await factory.createUser({ name: "Bruno Membre" });
  const org = await factory.createOrganization(admin);
  const record = await buildRecord(org, admin, await factory.addMember(org, member));
  await signIn(page, member);

  await page.goto(`/o/${org.slug}/roles`);
  await expect(page.getByRole("heading", { level: 1, name: "Rôles" })).toBeVisible();
  await expect(page.getByText("13 rôles")).toBeVisible();
  await expectNoA11y(page);
  await page.getByLabel("Le nom contient").fill("TRESO");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByText("1 rôle", { exact: true })).toBeVisible();
  await expect(page.getByRole("rowheader")).toHaveText(["Trésorerie"]);
  await expect(page.getByRole("row", { name: /Trésorerie/ })).toContainText("Bruno Membre");

  await page.getByRole("link", { name: "Effacer les filtres" }).click();
  await expect(page.getByLabel("Le nom contient")).toHaveValue("");
  await page.getByLabel("Cercle").selectOption(record.velo.id);
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(new RegExp(`circle=${record.velo.id}`));
  await expect(page.getByRole("rowheader")).toHaveText(["Facilitation", "Premier lien", "Second lien", "Secrétariat"]);
  await expectNoA11y(page);

  await page.goto(`/o/${org.slug}/roles/${record.treso.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Trésorerie" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Modifier le rôle" })).toHaveCount(0);
  await page.goto(`/o/${org.slug}/circles/${record.atelier.id}`);
  await expect(page.getByRole("link", { name: "Modifier le cercle" })).toHaveCount(0);
});

test("another organisation's circles and roles are 404 everywhere", async ({ page, factory, signIn }) => {
  const alice = await factory.createUser();
  const bob = await factory.createUser();
  const orgA = await factory.createOrganization(alice);
  const orgB = await factory.createOrganization(bob);
  const circleB = await createCircle(orgB, bob, { name: "Cercle secret de B" });
  const roleB = await createRole(orgB, bob, { circleId: circleB.id, name: "Rôle secret de B" });
  await signIn(page, alice);

  for (const path of [
    `/o/${orgA.slug}/circles/${circleB.id}`,
    `/o/${orgA.slug}/circles?focus=${circleB.id}`,
    `/o/${orgA.slug}/roles/${roleB.id}`,
    `/o/${orgA.slug}/circles/not-a-uuid`,
    `/o/${orgA.slug}/roles/not-a-uuid`,
    `/o/${orgB.slug}/circles/${circleB.id}`,
    `/o/${orgB.slug}/roles/${roleB.id}`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByText("secret de B")).toHaveCount(0);
  }
  await page.goto(`/o/${orgA.slug}/roles?circle=${circleB.id}`);
  await expect(page.getByText("aucun rôle", { exact: true })).toBeVisible();
  await expect(page.getByText("secret de B")).toHaveCount(0);
});
