// Tensions end to end: raising one from the header, finding it with the list's filters,
// discussing it, resolving it; drafts stay private; other organisations see nothing.
import { expectNoA11yViolations } from "./support/axe.ts";
import { expect, test } from "./support/fixtures.ts";
import { testDb } from "./support/db.ts";
import { createCircleWithRole, createTension } from "./support/tensions.ts";

/** A form submission runs a Server Action and renders the next page: slower than a click. */
const SLOW = 20_000;

test("raise an operational tension from the header, find it with filters, comment and resolve it", async ({ page, factory, signIn }) => {
  const alice = await factory.createUser({ name: "Alice Autrice" });
  const org = await factory.createOrganization(alice);
  await createCircleWithRole(org, "Atelier vélo", "Gardien·ne des clés");
  await signIn(page, alice);

  await page.goto(`/o/${org.slug}`);
  await page.getByRole("link", { name: "Exprimer une tension", exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/tensions/new$`), { timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Exprimer une tension" })).toBeVisible();
  await expectNoA11yViolations(page);

  // Refused first (no title): what was typed comes back.
  await page.getByLabel("Ce qui est").fill("Les clés circulent de main en main.");
  await page.getByRole("button", { name: "Exprimer la tension" }).click();
  await expect(page.getByText("Donnez un titre à la tension.")).toBeVisible({ timeout: SLOW });
  await expect(page.getByLabel("Ce qui est")).toHaveValue("Les clés circulent de main en main.");

  await page.getByLabel("Titre").fill("Personne ne sait qui a les clés");
  await page.getByLabel("Cercle", { exact: true }).selectOption({ label: "Atelier vélo" });
  await page.getByLabel("Rôle concerné (facultatif)").selectOption({ label: "Gardien·ne des clés" });
  await page.getByLabel("Opérationnelle").check();
  await page.getByRole("button", { name: "Exprimer la tension" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Personne ne sait qui a les clés" })).toBeVisible({ timeout: SLOW });
  await expect(page.getByRole("status").filter({ hasText: "Votre tension est exprimée" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Gardien·ne des clés" })).toBeVisible();
  await expectNoA11yViolations(page);

  // The list, filtered by circle and status (a GET form: the filters are in the address).
  await page.goto(`/o/${org.slug}/tensions`);
  await expectNoA11yViolations(page);
  await page.getByLabel("Cercle").selectOption({ label: "Atelier vélo" });
  await page.getByLabel("Statut").selectOption({ label: "Ouverte" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/status=open/, { timeout: SLOW });
  const list = page.getByRole("list", { name: "Liste des tensions" });
  await expect(list.getByRole("link", { name: "Personne ne sait qui a les clés" })).toBeVisible();
  await expect(list).toContainText("Alice Autrice");
  await expect(list).toContainText("rôle « Gardien·ne des clés »");
  await page.getByLabel("Type", { exact: true }).selectOption({ label: "Gouvernance" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByText("Aucune tension ne correspond à ces filtres.")).toBeVisible({ timeout: SLOW });

  // Comment: plain text, newlines kept, never HTML.
  await page.goto(`/o/${org.slug}/tensions?mine=1`);
  await page.getByRole("link", { name: "Personne ne sait qui a les clés" }).click();
  await page.getByLabel("Votre commentaire").fill("Deux trousseaux existent.\n<b>pas gras</b>");
  await page.getByRole("button", { name: "Commenter" }).click();
  const comment = page.locator("li", { hasText: "Deux trousseaux existent." });
  await expect(comment).toContainText("<b>pas gras</b>", { timeout: SLOW });
  await expect(comment.locator("b")).toHaveCount(0);

  // Resolve it without a proposal, with a note.
  await page.getByLabel("Nouveau statut").selectOption({ label: "Résolue" });
  await page.getByLabel("Note", { exact: true }).fill("Un tableau des clés est affiché à l’atelier.");
  await page.getByRole("button", { name: "Changer le statut" }).click();
  await expect(page.getByText("Alice Autrice a passé la tension au statut « Résolue »")).toBeVisible({ timeout: SLOW });
  await expect(page.getByText("Un tableau des clés est affiché à l’atelier.")).toBeVisible();
  await expect(page.getByText("Cette tension est close : elle ne reçoit plus de commentaire.")).toBeVisible();
  await expectNoA11yViolations(page);
});

test("a circle's or role's link preselects them; a governance tension offers a proposal", async ({ page, factory, signIn }) => {
  const alice = await factory.createUser();
  const org = await factory.createOrganization(alice);
  const { circleId, roleId } = await createCircleWithRole(org, "Jardin", "Arrosage");
  await signIn(page, alice);
  await page.goto(`/o/${org.slug}/tensions/new?circle=${circleId}&role=${roleId}`);
  await expect(page.getByLabel("Cercle", { exact: true })).toHaveValue(circleId);
  await expect(page.getByLabel("Rôle concerné (facultatif)")).toHaveValue(roleId);
  await page.getByLabel("Titre").fill("Qui arrose en août ?");
  await page.getByRole("button", { name: "Exprimer la tension" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Qui arrose en août ?" })).toBeVisible({ timeout: SLOW });
  const tensionId = page.url().split("/tensions/")[1]!.split("?")[0]!;
  await expect(page.getByRole("link", { name: "Rédiger une proposition" })).toHaveAttribute("href", `/o/${org.slug}/proposals/new?tension=${tensionId}`);
});

test("a draft is invisible to another member, even an admin, even by its address", async ({ page, factory, signIn }) => {
  const alice = await factory.createUser();
  const bob = await factory.createUser();
  const org = await factory.createOrganization(bob);
  await factory.addMember(org, alice, "member");
  await signIn(page, alice);
  await page.goto(`/o/${org.slug}/tensions/new`);
  await page.getByLabel("Titre").fill("Brouillon secret");
  await page.getByRole("button", { name: "Enregistrer en brouillon" }).click();
  await expect(page).toHaveURL(/\/tensions\/[0-9a-f-]{36}\?notice=drafted$/, { timeout: SLOW });
  await expect(page.getByText("Ce brouillon n’est visible que par vous.", { exact: false })).toBeVisible();
  const draftUrl = new URL(page.url()).pathname;
  const tension = await testDb().tension.findFirstOrThrow({ where: { organizationId: org.id, title: "Brouillon secret" } });
  expect(tension.status).toBe("draft");

  await page.context().clearCookies();
  await signIn(page, bob);
  const response = await page.goto(draftUrl);
  expect(response?.status()).toBe(404);
  await page.goto(`/o/${org.slug}/tensions?status=draft`);
  await expect(page.getByText("Brouillon secret")).toHaveCount(0);
});

test("a member of another organisation gets 404 on its tension pages", async ({ page, factory, signIn }) => {
  const alice = await factory.createUser();
  const bob = await factory.createUser();
  await factory.createOrganization(alice);
  const orgB = await factory.createOrganization(bob);
  const tensionId = await createTension(orgB, bob, "Tension de B");
  await signIn(page, alice);
  for (const path of ["/tensions", "/tensions/new", `/tensions/${tensionId}`, `/tensions/${tensionId}/edit`]) {
    const response = await page.goto(`/o/${orgB.slug}${path}`);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByText("Tension de B")).toHaveCount(0);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form works, the roles grouped by circle", async ({ page, factory, signIn }) => {
    const alice = await factory.createUser();
    const org = await factory.createOrganization(alice);
    await createCircleWithRole(org, "Cuisine", "Approvisionnement");
    await signIn(page, alice);
    await page.goto(`/o/${org.slug}/tensions/new`);
    await expect(page.locator('optgroup[label="Cuisine"] option')).toHaveText(["Approvisionnement"]);
    await page.getByLabel("Titre").fill("Le frigo déborde");
    await page.getByLabel("Cercle", { exact: true }).selectOption({ label: "Cuisine" });
    await page.getByLabel("Rôle concerné (facultatif)").selectOption({ label: "Approvisionnement" });
    await page.getByRole("button", { name: "Exprimer la tension" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Le frigo déborde" })).toBeVisible({ timeout: SLOW });
  });
});
