// The consent process, end to end, with three people in three browsers: a proposal adding an
// accountability goes through an asynchronous round, an objection found valid, an amendment that
// integrates it, a new round, and adoption — then the role shows the new accountability and its
// history links to the decision. A second journey: the deadline passes and policy A adopts.
// Every page visited is checked with axe.
import type { Browser, Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/axe.ts";
import { assignCoreRole, proposalInOverdueRound, sweep } from "./support/consent.ts";
import { testDb } from "./support/db.ts";
import { expect, test, type TestUser } from "./support/fixtures.ts";
import { createGovernanceTension, createRoleWithAccountabilities } from "./support/proposals.ts";

const SERVER = { timeout: 20_000 };
test.describe.configure({ timeout: 240_000 });

async function browserFor(browser: Browser, signIn: (page: Page, user: TestUser) => Promise<void>, user: TestUser): Promise<Page> {
  const context = await browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris" });
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

async function answer(page: Page, url: string, kind: "Consentement" | "Objection", reason = "") {
  await page.goto(url);
  await page.getByRole("radio", { name: new RegExp(`^${kind}`) }).check();
  if (reason) await page.getByLabel("Raisons").fill(reason);
  await page.getByRole("button", { name: /^(Répondre|Changer ma réponse)$/ }).click();
  // The last answer closes the round (and its form): the answer shown on the page is the proof.
  await expect(page.getByTestId("my-answer")).toContainText(`Votre réponse : ${kind}`, SERVER);
}

test("objection, test, integration, new round, adoption, and the record", async ({ browser, page, factory, signIn }) => {
  const alice = await factory.createUser({ name: "Alice Autrice" });
  const bruno = await factory.createUser({ name: "Bruno Facilitateur" });
  const chloe = await factory.createUser({ name: "Chloé Objectrice" });
  const org = await factory.createOrganization(alice);
  await factory.addMember(org, bruno);
  await factory.addMember(org, chloe);
  await assignCoreRole(org, bruno, "facilitator", "Facilitation");
  const role = await createRoleWithAccountabilities(org, "Trésorerie", ["Tenir les comptes"]);
  const tension = await createGovernanceTension(org, alice, "Les comptes ne sont pas publiés");

  // Alice drafts the proposal with the proposals pages.
  await signIn(page, alice);
  await page.goto(`/o/${org.slug}/proposals/new?tension=${tension.id}`);
  await page.getByLabel("Titre").fill("Publier les comptes");
  await page.getByLabel("Raisons").fill("Les membres ne voient pas les comptes.");
  await page.getByRole("button", { name: "Créer le brouillon" }).click();
  await page.getByLabel("Type de modification").selectOption({ label: "Ajouter une redevabilité" }, SERVER);
  await page.getByRole("button", { name: "Afficher le formulaire" }).click();
  const form = page.getByRole("form", { name: "Ajouter une redevabilité" });
  await form.getByLabel("Rôle").selectOption({ label: "Trésorerie (Cercle général)" });
  await form.getByLabel("Description").fill("Publier les comptes chaque mois");
  await form.getByRole("button", { name: "Ajouter la modification" }).click();
  await expect(page.getByText("Modification ajoutée.")).toBeVisible(SERVER);
  const proposal = await testDb().proposal.findFirstOrThrow({ where: { organizationId: org.id }, select: { id: true } });
  const url = `/o/${org.slug}/proposals/${proposal.id}`;

  // Submitted on the light path, then an asynchronous round on version 1.
  await page.goto(url);
  await expectNoA11yViolations(page);
  await page.getByRole("radio", { name: /^Allégé/ }).check();
  await page.getByRole("button", { name: "Soumettre au cercle" }).click();
  await expect(page.getByRole("button", { name: "Ouvrir le tour de consentement" })).toBeVisible(SERVER);
  await page.getByRole("button", { name: "Ouvrir le tour de consentement" }).click();
  await expect(page.getByRole("heading", { name: "Tour n° 1, sur la version 1" })).toBeVisible(SERVER);
  // The round is on version 1: Alice cannot amend it until the round closes, and is told why.
  await expect(page.getByRole("link", { name: "Amender la proposition" })).toHaveCount(0);
  await expect(page.getByTestId("amend-waits")).toContainText("Un tour de consentement est ouvert sur cette version");
  await expectNoA11yViolations(page);

  const brunoPage = await browserFor(browser, signIn, bruno);
  const chloePage = await browserFor(browser, signIn, chloe);
  await answer(brunoPage, url, "Consentement");
  await expect(brunoPage.getByText("Bruno Facilitateur : a répondu")).toBeVisible();
  await expect(brunoPage.getByText("Chloé Objectrice : n’a pas encore répondu")).toBeVisible();
  await expectNoA11yViolations(brunoPage);
  await answer(chloePage, url, "Objection", "Chaque mois, c’est trop lourd pour la trésorerie.");
  await expectNoA11yViolations(chloePage);
  await answer(page, url, "Consentement");
  await page.reload();
  await expect(page.getByText(/Clos · objections à intégrer/)).toBeVisible();

  // Bruno, the facilitator, tests the objection: valid.
  await brunoPage.reload();
  const test1 = brunoPage.getByRole("group", { name: /Test de l’objection de Chloé Objectrice/ });
  for (const criterion of ["(a)", "(b)", "(c)", "(d)"]) await test1.getByLabel(criterion, { exact: false }).check();
  await brunoPage.getByRole("radio", { name: "recevable", exact: true }).check();
  await brunoPage.getByRole("button", { name: "Enregistrer le test" }).click();
  await expect(brunoPage.getByText("Verdict : recevable")).toBeVisible(SERVER);
  await expectNoA11yViolations(brunoPage);

  // Alice amends to integrate it (version 2), and both confirm.
  await page.reload();
  await page.getByLabel("Raisons").fill("Publier les comptes chaque trimestre, comme demandé par Chloé.");
  await page.getByRole("button", { name: "Créer la version amendée" }).click();
  await expect(page.getByText("Intégrée dans la version 2")).toBeVisible(SERVER);
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Confirmer l’intégration de l’objection de Chloé Objectrice" }).click();
  await expect(page.getByText("confirmée par l’auteur·ice")).toBeVisible(SERVER);
  await chloePage.reload();
  await chloePage.getByRole("button", { name: "Confirmer l’intégration de l’objection de Chloé Objectrice" }).click();
  await expect(chloePage.getByText("confirmée par la personne qui objecte")).toBeVisible(SERVER);

  // A new round on version 2; everyone consents; adopted.
  await page.reload();
  await page.getByRole("button", { name: "Ouvrir le tour de consentement" }).click();
  await expect(page.getByRole("heading", { name: "Tour n° 2, sur la version 2" })).toBeVisible(SERVER);
  await answer(brunoPage, url, "Consentement");
  await answer(chloePage, url, "Consentement");
  await answer(page, url, "Consentement");
  await page.reload();
  await expect(page.getByText("Proposition adoptée.")).toBeVisible();
  await page.getByRole("link", { name: "Voir la décision" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Décision : Publier les comptes", SERVER);
  await expect(page.getByText("Bruno Facilitateur", { exact: true })).toBeVisible();
  await expect(page.getByText("Intégrée dans la version 2")).toBeVisible();
  await expectNoA11yViolations(page);
  const decision = await testDb().decision.findFirstOrThrow({ where: { proposalId: proposal.id }, select: { id: true } });

  await page.goto(`/o/${org.slug}/roles/${role.id}`);
  await expect(page.getByText("Publier les comptes chaque mois", { exact: true })).toBeVisible();
  await expect(page.locator(`a[href$="/decisions/${decision.id}"]`).first()).toBeVisible();
  await expectNoA11yViolations(page);
  await page.goto(`/o/${org.slug}/decisions`);
  await expect(page.getByRole("link", { name: "Publier les comptes" })).toBeVisible();
  await expectNoA11yViolations(page);
});

test("the deadline passes: under policy A, silence adopts", async ({ page, factory, signIn }) => {
  const alice = await factory.createUser({ name: "Alice Autrice" });
  const bruno = await factory.createUser({ name: "Bruno Absent" });
  const org = await factory.createOrganization(alice);
  await factory.addMember(org, bruno);
  const role = await createRoleWithAccountabilities(org, "Accueil", ["Accueillir"]);
  const proposalId = await proposalInOverdueRound(org, alice, role.id, "Ouvrir le samedi", "Ouvrir le lieu le samedi", [alice, bruno]);
  await signIn(page, alice);
  const url = `/o/${org.slug}/proposals/${proposalId}`;
  await answer(page, url, "Consentement");
  await expect(page.getByText("1 réponse(s) sur 2 participant·es.")).toBeVisible();

  expect(await sweep()).toBeGreaterThanOrEqual(1);
  await page.reload();
  await expect(page.getByText("Proposition adoptée.")).toBeVisible();
  await page.getByRole("link", { name: "Voir la décision" }).click();
  const absentees = page.getByRole("region", { name: "Participant·es et réponses" });
  await expect(absentees.getByText("Bruno Absent : absent·e")).toBeVisible(SERVER);
  await expectNoA11yViolations(page);
  await page.goto(`/o/${org.slug}/circles/${org.generalCircleId}/settings`);
  await expect(page.getByRole("radio", { name: /A\. Le silence vaut absence d’objection/ })).toBeChecked();
  await expectNoA11yViolations(page);
});
