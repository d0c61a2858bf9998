// An Interpôles meeting, end to end, with a facilitator and three participants in four browsers:
// scheduling, items added before, check-in, a transversal proposal processed live through the
// consent steps (an objection tested valid, integrated by an amendment, a new round, adopted),
// an election without candidates (the nominee answers last), the closing round, and the minutes
// published by the secretary. Screens follow each other live (server-sent events); axe checks
// every page visited.
import type { Browser, Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/axe.ts";
import { testDb } from "./support/db.ts";
import { expect, test, type TestUser } from "./support/fixtures.ts";
import { interpolesProposal, poleWithLinks } from "./support/meetings.ts";
import { createRoleWithAccountabilities } from "./support/proposals.ts";

test.describe.configure({ timeout: 420_000 });
// Within a second on a quiet machine; generous here, where four browsers and the server share two cores.
const LIVE = { timeout: 20_000 };

async function browserFor(browser: Browser, signIn: (page: Page, user: TestUser) => Promise<void>, user: TestUser): Promise<Page> {
  const context = await browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

async function answer(page: Page, kind: "Consentement" | "Objection", reason = "") {
  await page.getByRole("radio", { name: new RegExp(`^${kind}`) }).check();
  if (reason) await page.getByLabel("Raisons", { exact: true }).first().fill(reason);
  await page.getByRole("button", { name: /^(Répondre|Changer ma réponse)$/ }).click();
  await expect(page.getByTestId("my-answer")).toContainText(`Votre réponse : ${kind}`, LIVE);
}

async function say(page: Page, field: string, text: string) {
  await page.getByLabel(field).fill(text);
  await page.getByRole("button", { name: "Partager" }).click();
  await expect(page.getByText("Enregistré.")).toBeVisible(LIVE);
}

test("an Interpôles meeting: check-in, a proposal adopted after an objection, an election, closing, minutes", async ({ browser, page, factory, signIn }) => {
  const ana = await factory.createUser({ name: "Ana Facilitatrice" });
  const paul = await factory.createUser({ name: "Paul Proposeur" });
  const zoe = await factory.createUser({ name: "Zoé Objectrice" });
  const leo = await factory.createUser({ name: "Léo Secrétaire" });
  const org = await factory.createOrganization(ana);
  for (const user of [paul, zoe, leo]) await factory.addMember(org, user);
  const accueil = await poleWithLinks(org, "Pôle Accueil", { lead: paul, rep: zoe });
  const ateliers = await poleWithLinks(org, "Pôle Ateliers", { lead: leo });
  const role = await createRoleWithAccountabilities(org, "Accueil", ["Ouvrir le lieu"]);
  const tresorerie = await testDb().role.create({ data: { organizationId: org.id, circleId: accueil, name: "Trésorerie", purpose: "Des comptes clairs" } });
  const proposalId = await interpolesProposal(org, paul, accueil, ateliers, role.id, "Un accueil commun aux pôles");
  await testDb().tension.create({ data: { organizationId: org.id, circleId: ateliers, authorId: leo.id, title: "Le planning des salles déborde", status: "open", isInterpoles: true } });

  // Ana schedules the meeting: the two poles, Ana facilitates, Léo keeps the minutes.
  await signIn(page, ana);
  await page.goto(`/o/${org.slug}/meetings`);
  await expectNoA11yViolations(page);
  await page.getByRole("link", { name: "Planifier une réunion" }).click();
  await page.getByLabel("Titre").fill("Interpôles de décembre");
  await page.getByLabel("Lieu").fill("La salle commune");
  await page.getByLabel("Pôle Accueil").check();
  await page.getByLabel("Pôle Ateliers").check();
  await page.getByLabel("Facilitation").selectOption({ label: "Ana Facilitatrice" });
  await page.getByLabel("Secrétariat").selectOption({ label: "Léo Secrétaire" });
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Planifier" }).click();
  await expect(page.getByText("La réunion est planifiée")).toBeVisible(LIVE);
  const meetingUrl = new URL(page.url()).pathname;
  // Lead and rep links of both poles are invited by default, with the facilitator.
  await expect(page.getByTestId("participant")).toHaveCount(4);
  await expect(page.getByTestId("agenda")).toContainText("Le planning des salles déborde");
  await expectNoA11yViolations(page);
  // The invitation: a notification for each, and a calendar file.
  expect(await testDb().notification.count({ where: { organizationId: org.id, kind: "meeting.invited" } })).toBe(3);
  const ics = await page.request.get(`${meetingUrl}/calendar`);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const firstIcs = await ics.text();
  expect(firstIcs).toContain("SUMMARY:Interpôles de décembre");

  // Ana moves it to another room: the invitees are told, and the calendar file follows.
  await page.getByRole("link", { name: "Modifier la réunion" }).click();
  await expect(page.getByLabel("Lieu")).toHaveValue("La salle commune");
  await expectNoA11yViolations(page);
  await page.getByLabel("Lieu").fill("La grande salle");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByText("La réunion est modifiée")).toBeVisible(LIVE);
  await expect(page).toHaveURL(new RegExp(`${meetingUrl}\\?notice=changed$`));
  await expect(page.getByText("Lieu : La grande salle")).toBeVisible();
  expect(await testDb().notification.count({ where: { organizationId: org.id, kind: "meeting.changed" } })).toBe(3);
  const movedIcs = await (await page.request.get(`${meetingUrl}/calendar`)).text();
  expect(movedIcs).toContain("LOCATION:La grande salle");
  const sequence = (text: string) => Number(/SEQUENCE:(\d+)/.exec(text)?.[1]);
  expect(sequence(movedIcs)).toBeGreaterThan(sequence(firstIcs));

  // Before the meeting, Paul adds his proposal; Ana adds an election.
  const paulPage = await browserFor(browser, signIn, paul);
  await paulPage.goto(meetingUrl);
  await paulPage.getByRole("link", { name: "Ajouter un point" }).click();
  await expect(paulPage).toHaveURL(`${meetingUrl}/agenda/new`);
  await paulPage.getByLabel("Tension ou proposition").selectOption({ label: "Un accueil commun aux pôles" });
  await paulPage.getByRole("button", { name: "Ajouter à l’ordre du jour" }).click();
  await expect(paulPage.getByText("Point ajouté à l’ordre du jour.")).toBeVisible(LIVE);
  await expectNoA11yViolations(paulPage);
  await paulPage.getByRole("link", { name: "Retour à la réunion" }).click();
  await expect(paulPage.getByTestId("agenda")).toContainText("Un accueil commun aux pôles", LIVE);
  await page.reload();
  await page.getByRole("link", { name: "Ajouter un point" }).click();
  await page.getByLabel("Rôle à pourvoir").selectOption({ label: "Trésorerie" });
  await page.getByLabel("Critères").fill("Rigueur et disponibilité");
  await page.getByRole("button", { name: "Ajouter l’élection" }).click();
  await expect(page.getByText("Élection ajoutée à l’ordre du jour.")).toBeVisible(LIVE);
  await page.goto(meetingUrl);
  await expect(page.getByTestId("agenda")).toContainText("Trésorerie", LIVE);

  // Everyone opens the meeting on their own device; Ana opens it and their screens follow.
  const zoePage = await browserFor(browser, signIn, zoe);
  const leoPage = await browserFor(browser, signIn, leo);
  for (const p of [zoePage, leoPage]) await p.goto(meetingUrl);
  const everyone = [page, paulPage, zoePage, leoPage];
  const participants = [paulPage, zoePage, leoPage];
  for (const p of everyone) await expect(p.getByText("Mises à jour en direct")).toBeVisible(LIVE);
  await page.getByRole("button", { name: "Ouvrir la réunion" }).click();
  await expect(page.getByRole("heading", { name: "Tour d’inclusion" })).toBeVisible(LIVE);
  for (const p of participants) await expect(p.getByRole("heading", { name: "Tour d’inclusion" })).toBeVisible(LIVE);

  // Check-in round.
  await say(paulPage, "Mon mot d’inclusion", "Content d’être là");
  await say(zoePage, "Mon mot d’inclusion", "Un peu fatiguée");
  await say(leoPage, "Mon mot d’inclusion", "Prêt");
  await expect(page.getByText("Un peu fatiguée")).toBeVisible(LIVE);
  await expectNoA11yViolations(zoePage);

  // The proposal, live: presentation, questions, reactions, amendment, then the consent round.
  await page.getByRole("button", { name: "Traitement des points" }).click();
  await page.getByRole("button", { name: "Traiter « Un accueil commun aux pôles »" }).click();
  for (const p of everyone) await expect(p.getByTestId("current-item")).toHaveText("Un accueil commun aux pôles", LIVE);
  for (const step of ["Questions de clarification", "Réactions", "Amender et clarifier"]) {
    await page.getByRole("button", { name: `Passer à l’étape : ${step}` }).click();
    await expect(paulPage.getByRole("listitem").filter({ hasText: step }).and(paulPage.locator("[aria-current=step]"))).toBeVisible(LIVE);
  }
  await page.getByRole("radio", { name: "En réunion (clos par la facilitation)" }).check();
  await page.getByRole("button", { name: "Ouvrir le tour de consentement" }).click();
  for (const p of everyone) await expect(p.getByRole("heading", { name: "Tour n° 1, sur la version 1" })).toBeVisible(LIVE);
  await expectNoA11yViolations(page);
  await answer(paulPage, "Consentement");
  await answer(leoPage, "Consentement");
  await answer(page, "Consentement");
  await answer(zoePage, "Objection", "Le pôle Ateliers n’a personne pour accueillir le samedi.");
  for (const p of everyone) await expect(p.getByText(/Clos · objections à intégrer/)).toBeVisible(LIVE);
  // Transversal: each affected circle's answers, as its participants gave them.
  await expect(page.getByTestId("round-by-circle")).toContainText("Pôle Accueil : 3 réponse(s) sur 3, dont 1 objection(s)");
  await expect(page.getByTestId("round-by-circle")).toContainText("Pôle Ateliers : 1 réponse(s) sur 1, dont 0 objection(s)");

  // Ana tests the objection (valid); Paul amends; both confirm; a new round; adopted.
  const test1 = page.getByRole("group", { name: /Test de l’objection de Zoé Objectrice/ });
  for (const criterion of ["(a)", "(b)", "(c)", "(d)"]) await test1.getByLabel(criterion, { exact: false }).check();
  await page.getByRole("radio", { name: "recevable", exact: true }).check();
  await page.getByRole("button", { name: "Enregistrer le test" }).click();
  await expect(paulPage.getByText("Verdict : recevable")).toBeVisible(LIVE);
  await paulPage.getByLabel("Raisons", { exact: true }).last().fill("L’accueil du samedi reste au pôle Accueil.");
  await paulPage.getByRole("button", { name: "Créer la version amendée" }).click();
  await expect(zoePage.getByText("Intégrée dans la version 2")).toBeVisible(LIVE);
  await paulPage.getByRole("button", { name: "Confirmer l’intégration de l’objection de Zoé Objectrice" }).click();
  await expect(zoePage.getByText("confirmée par l’auteur·ice")).toBeVisible(LIVE);
  await zoePage.getByRole("button", { name: "Confirmer l’intégration de l’objection de Zoé Objectrice" }).click();
  await expect(page.getByText("confirmée par la personne qui objecte")).toBeVisible(LIVE);
  await page.getByRole("radio", { name: "En réunion (clos par la facilitation)" }).check();
  await page.getByRole("button", { name: "Ouvrir le tour de consentement" }).click();
  for (const p of everyone) await expect(p.getByRole("heading", { name: "Tour n° 2, sur la version 2" })).toBeVisible(LIVE);
  for (const p of [paulPage, zoePage, leoPage, page]) await answer(p, "Consentement");
  for (const p of everyone) await expect(p.getByText("Proposition adoptée.")).toBeVisible(LIVE);
  const decision = await testDb().decision.findFirstOrThrow({ where: { proposalId } });
  expect(decision.meetingId).not.toBeNull();

  // The projector shows the meeting to the room.
  const projector = await page.context().newPage();
  await projector.goto(`${meetingUrl}/projector`);
  await expect(projector.getByTestId("projector-item")).toContainText("Un accueil commun aux pôles");
  await expectNoA11yViolations(projector);
  await projector.close();

  // The election: nominations, read, a change round, the facilitator proposes, the nominee answers last.
  await page.getByRole("button", { name: "Traiter « Trésorerie »" }).click();
  for (const p of everyone) await expect(p.getByTestId("current-item")).toHaveText("Trésorerie", LIVE);
  await page.getByRole("button", { name: "Ouvrir les nominations" }).click();
  for (const [p, reason] of [[paulPage, "Il tient déjà les comptes du pôle"], [zoePage, "Rigoureux"], [leoPage, "Je suis disponible"], [page, "Disponible et précis"]] as const) {
    await expect(p.getByLabel("Personne nommée")).toBeVisible(LIVE);
    await p.getByLabel("Personne nommée").selectOption({ label: "Léo Secrétaire" });
    await p.getByLabel("Raison de votre choix").fill(reason);
    await p.getByRole("button", { name: "Nommer" }).click();
    await expect(p.getByText("Nomination enregistrée.")).toBeVisible(LIVE);
  }
  await expectNoA11yViolations(zoePage);
  await page.getByRole("button", { name: "Montrer les nominations" }).click();
  await expect(zoePage.getByText("Paul Proposeur nomme Léo Secrétaire")).toBeVisible(LIVE);
  await page.getByLabel("Personne à proposer").selectOption({ index: 0 });
  await page.getByRole("button", { name: "Proposer cette personne" }).click();
  for (const p of everyone) await expect(p.getByRole("heading", { name: "Tour n° 1, sur la version 1" })).toBeVisible(LIVE);
  // Léo, the nominee, answers last: no form for him until the others have answered.
  await expect(leoPage.getByTestId("answers-last")).toBeVisible();
  await expect(leoPage.getByRole("button", { name: "Répondre" })).toHaveCount(0);
  await expectNoA11yViolations(leoPage);
  for (const p of [paulPage, zoePage, page]) await answer(p, "Consentement");
  await answer(leoPage, "Consentement");
  for (const p of everyone) await expect(p.getByText("Proposition adoptée.")).toBeVisible(LIVE);
  const leoMembership = await testDb().membership.findFirstOrThrow({ where: { organizationId: org.id, userId: leo.id } });
  expect(await testDb().roleAssignment.count({ where: { roleId: tresorerie.id, membershipId: leoMembership.id, endedAt: null } })).toBe(1);

  // Closing round, then Ana closes the meeting.
  await page.getByRole("button", { name: "Tour de clôture" }).click();
  await say(zoePage, "Mon mot de clôture", "Objection bien intégrée, merci");
  await expect(page.getByText("Objection bien intégrée, merci")).toBeVisible(LIVE);
  await page.getByRole("button", { name: "Clore la réunion" }).click();
  for (const p of everyone) await expect(p.getByTestId("meeting-status")).toHaveText("Terminée", LIVE);

  // Léo writes the minutes' notes and publishes them; everyone can read them.
  await leoPage.getByRole("link", { name: "Compte-rendu" }).click();
  await leoPage.getByLabel("Notes du compte-rendu (Markdown)").fill("Prochaine réunion : le planning des salles.");
  await leoPage.getByRole("button", { name: "Enregistrer les notes" }).click();
  await expect(leoPage.getByText("Notes enregistrées.")).toBeVisible(LIVE);
  await leoPage.getByRole("button", { name: "Publier le compte-rendu" }).click();
  await expect(leoPage.getByText(/Publié le/)).toBeVisible(LIVE);
  await zoePage.goto(`${meetingUrl}/minutes`);
  const minutes = zoePage.getByRole("main");
  for (const text of ["Ana Facilitatrice", "Zoé Objectrice", "Un accueil commun aux pôles", "Le pôle Ateliers n’a personne pour accueillir le samedi.", "Trésorerie", "Léo Secrétaire", "Le planning des salles déborde", "Prochaine réunion : le planning des salles."]) {
    await expect(minutes).toContainText(text);
  }
  await expectNoA11yViolations(zoePage);
  expect(await testDb().notification.count({ where: { organizationId: org.id, kind: "minutes.published" } })).toBeGreaterThanOrEqual(3);
  const markdown = await zoePage.request.get(`${meetingUrl}/minutes/export`);
  expect(markdown.headers()["content-type"]).toContain("text/markdown");
  expect(await markdown.text()).toContain("Un accueil commun aux pôles");
});
