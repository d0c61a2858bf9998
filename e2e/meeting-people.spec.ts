// The people of a scheduled meeting: an admin invites a member forgotten at scheduling and hands the
// minutes to them; the newcomer is a participant, is invited like the others, and the secretary
// shown on the meeting's page follows.
import { expectNoA11yViolations } from "./support/axe.ts";
import { testDb } from "./support/db.ts";
import { expect, test } from "./support/fixtures.ts";
import { poleWithLinks } from "./support/meetings.ts";

const LIVE = { timeout: 20_000 };

test("a member forgotten at scheduling is invited afterwards and takes the minutes", async ({ page, factory, signIn }) => {
  const ana = await factory.createUser({ name: "Ana Facilitatrice" });
  const paul = await factory.createUser({ name: "Paul Premier-lien" });
  const mia = await factory.createUser({ name: "Mia Oubliée" });
  const org = await factory.createOrganization(ana);
  for (const user of [paul, mia]) await factory.addMember(org, user);
  await poleWithLinks(org, "Pôle Accueil", { lead: paul });

  await signIn(page, ana);
  await page.goto(`/o/${org.slug}/meetings/new`);
  await page.getByLabel("Titre").fill("Interpôles de janvier");
  await page.getByLabel("Pôle Accueil").check();
  await page.getByLabel("Facilitation").selectOption({ label: "Ana Facilitatrice" });
  await page.getByRole("button", { name: "Planifier" }).click();
  await expect(page.getByText("La réunion est planifiée")).toBeVisible(LIVE);
  const meetingUrl = new URL(page.url()).pathname;
  await expect(page.getByTestId("participant")).toHaveCount(2);
  const invited = () => testDb().notification.count({ where: { organizationId: org.id, kind: "meeting.invited" } });
  expect(await invited()).toBe(1);

  await page.getByRole("link", { name: "Modifier la réunion" }).click();
  const people = page.getByRole("form", { name: "Personnes" });
  // A large organisation narrows the lists by name; the current facilitator stays selectable.
  await page.goto(`${meetingUrl}/edit?member=PAUL`);
  await expect(page.getByRole("search", { name: "Chercher un membre" }).getByLabel("Chercher un membre")).toHaveValue("PAUL");
  await expect(people.getByLabel("Facilitation").locator("option")).toHaveText(["Ana Facilitatrice", "Paul Premier-lien"]);
  await expect(people.getByLabel("Facilitation").locator("option:checked")).toHaveText("Ana Facilitatrice");
  await expect(people.getByLabel("Inviter aussi").locator("option")).toHaveCount(0);
  await page.goto(`${meetingUrl}/edit`);
  await expect(page.getByRole("search", { name: "Chercher un membre" })).toHaveCount(0);
  await expect(people.getByLabel("Inviter aussi").locator("option")).toHaveText(["Mia Oubliée"]);
  await expectNoA11yViolations(page);
  await people.getByLabel("Inviter aussi").selectOption({ label: "Mia Oubliée" });
  await people.getByLabel("Secrétariat").selectOption({ label: "Mia Oubliée" });
  await people.getByRole("button", { name: "Enregistrer les personnes" }).click();
  await expect(page.getByText("La réunion est modifiée")).toBeVisible(LIVE);
  await expect(page).toHaveURL(new RegExp(`${meetingUrl}\\?notice=changed$`));
  await expect(page.getByTestId("participant")).toHaveCount(3);
  await expect(page.getByTestId("participant").filter({ hasText: "Mia Oubliée" })).toHaveCount(1);
  await expect(page.getByText("Secrétariat : Mia Oubliée")).toBeVisible();
  expect(await invited()).toBe(2);

  // Nobody left to invite: the list is empty.
  await page.getByRole("link", { name: "Modifier la réunion" }).click();
  await expect(page.getByRole("form", { name: "Personnes" }).getByLabel("Inviter aussi").locator("option")).toHaveCount(0);
});
