// Notifications, the email preference, the journal and the development outbox, as a member
// uses them: the unread count in the organisation bar, marking read, each page accessible.
import { randomUUID } from "node:crypto";
import { expectNoA11yViolations } from "./support/axe.ts";
import { testDb } from "./support/db.ts";
import { expect, test } from "./support/fixtures.ts";

test("a member sees their notifications counted, reads them, and marks them read", async ({ page, factory, signIn }) => {
  const admin = await factory.createUser({ name: "Admin Notif" });
  const member = await factory.createUser({ name: "Membre Notif" });
  const org = await factory.createOrganization(admin);
  const membershipId = await factory.addMember(org, member);
  const proposalId = randomUUID();
  const notification = (kind: string, title: string, minutesAgo: number) => ({
    organizationId: org.id, membershipId, kind, data: { proposalId, title, deadlineAt: "2030-05-04T10:00:00.000Z" },
    createdAt: new Date(Date.now() - minutesAgo * 60_000),
  });
  await testDb().notification.createMany({
    data: [notification("consent.round_opened", "Budget participatif", 10), notification("round.reminder", "Budget participatif", 1)],
  });

  await signIn(page, member);
  await page.goto(`/o/${org.slug}`);
  await page.getByRole("link", { name: "Notifications (2)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(page.getByText("2 notifications non lues.")).toBeVisible();
  const items = page.getByRole("listitem").filter({ hasText: "Budget participatif" });
  // Newest first: the reminder, then the opening of the round.
  await expect(items.first()).toContainText("Rappel : le tour de consentement sur « Budget participatif » se clôt le");
  await expect(page.getByRole("link", { name: "Un tour de consentement est ouvert sur « Budget participatif » : donnez votre réponse." }))
    .toHaveAttribute("href", `/o/${org.slug}/proposals/${proposalId}`);
  await expectNoA11yViolations(page);

  await page.getByRole("button", { name: /^Marquer comme lue : Un tour de consentement/ }).click();
  await expect(page.getByRole("status")).toHaveText("Notification marquée comme lue.");
  await expect(page.getByRole("link", { name: "Notifications (1)" })).toBeVisible();
  await expect(page.getByText("1 notification non lue.")).toBeVisible();

  await page.getByRole("button", { name: "Tout marquer comme lu" }).click();
  await expect(page.getByRole("status")).toHaveText("1 notification marquée comme lue.");
  await expect(page.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
  await expect(page.getByText("Tout est lu.")).toBeVisible();
  await expectNoA11yViolations(page);
});

test("a member chooses the daily digest on their account page", async ({ page, user, signIn }) => {
  await signIn(page, user);
  await page.goto("/account");
  await expect(page.getByRole("radio", { name: "Immédiatement" })).toBeChecked();
  await page.getByRole("radio", { name: "Résumé quotidien" }).check();
  await page.getByRole("button", { name: "Enregistrer la préférence" }).click();
  await expect(page.getByRole("status")).toHaveText("Préférence enregistrée.");
  await expectNoA11yViolations(page);
  await expect.poll(async () => (await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).notificationDelivery).toBe("daily_digest");
  await page.reload();
  await expect(page.getByRole("radio", { name: "Résumé quotidien" })).toBeChecked();
});

test("the journal tells what happened, filtered by circle; an observer reads it too", async ({ page, factory, signIn }) => {
  const admin = await factory.createUser({ name: "Admin Journal" });
  const observer = await factory.createUser({ name: "Observatrice" });
  const org = await factory.createOrganization(admin);
  await factory.addMember(org, observer, "observer");
  await signIn(page, observer);
  await page.goto(`/o/${org.slug}/journal`);
  await expect(page.getByRole("heading", { level: 1, name: "Journal" })).toBeVisible();
  await expect(page.getByText(`Admin Journal a créé l’organisation « ${org.name} ».`)).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByLabel("Cercle").selectOption(org.generalCircleId);
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(new RegExp(`circle=${org.generalCircleId}`));
  // The organisation's creation concerns no circle.
  await expect(page.getByText("Rien dans le journal de ce cercle pour l’instant.")).toBeVisible();
});

test("the development outbox lists the emails the app prepared", async ({ page, factory }) => {
  const admin = await factory.createUser();
  const org = await factory.createOrganization(admin);
  const subject = `Objet de test ${randomUUID()}`;
  await testDb().outboundEmail.create({ data: { to: `outbox-${randomUUID()}@example.test`, subject, text: "Bonjour,\nvoici le lien.", organizationId: org.id } });
  await page.goto("/dev/outbox");
  await expect(page.getByRole("heading", { level: 1, name: "Boîte d’envoi (développement)" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: subject });
  // The dev server runs without SMTP: emails are recorded, not sent.
  await expect(item).toContainText("Enregistré seulement (SMTP non configuré)");
  await item.getByText("Texte de l’e-mail").click();
  await expect(item.getByText("voici le lien.")).toBeVisible();
  await expectNoA11yViolations(page);
});
