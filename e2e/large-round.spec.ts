// A consent round in a large circle: the proposal page names those who have not answered yet, by
// name and bounded (lib/rounds/participant-list.ts), rather than every participant.
import { expectNoA11yViolations } from "./support/axe.ts";
import { proposalInRound } from "./support/consent.ts";
import { expect, test } from "./support/fixtures.ts";
import { createRoleWithAccountabilities } from "./support/proposals.ts";

test("a round of 45 participants names the first 40 yet to answer and counts the others", async ({ page, factory, signIn }) => {
  const alice = await factory.createUser({ name: "Alice Autrice" });
  const org = await factory.createOrganization(alice);
  const others = [];
  for (let i = 0; i < 44; i++) {
    const member = await factory.createUser({ name: `Membre ${String(i).padStart(2, "0")}` });
    await factory.addMember(org, member);
    others.push(member);
  }
  const role = await createRoleWithAccountabilities(org, "Trésorerie", ["Tenir les comptes"]);
  const proposalId = await proposalInRound(org, alice, role.id, "Publier les comptes", "Publier chaque mois", [alice, ...others], new Date(Date.now() + 86_400_000));

  await signIn(page, alice);
  await page.goto(`/o/${org.slug}/proposals/${proposalId}`);
  await expect(page.getByText("0 réponse(s) sur 45 participant·es.")).toBeVisible();
  const waiting = page.getByRole("list", { name: "Pas encore répondu" });
  await expect(waiting.getByRole("listitem")).toHaveCount(40);
  await expect(waiting.getByRole("listitem").first()).toHaveText("Alice Autrice");
  await expect(page.getByText("… et 5 autres personnes")).toBeVisible();
  await expect(page.getByText(/: n’a pas encore répondu$/)).toHaveCount(0);
  await expectNoA11yViolations(page);

  await page.getByRole("radio", { name: /^Consentement/ }).check();
  await page.getByRole("button", { name: "Répondre" }).click();
  await expect(page.getByTestId("my-answer")).toContainText("Votre réponse : Consentement");
  await expect(page.getByText("1 réponse(s) sur 45 participant·es.")).toBeVisible();
  await expect(waiting.getByRole("listitem").first()).toHaveText("Membre 00");
  await expect(waiting.getByText("Alice Autrice")).toHaveCount(0);
  await expect(page.getByText("… et 4 autres personnes")).toBeVisible();
});
