// Two instances of the app on one database, as behind a load balancer: a participant answers the
// meeting's consent round through one instance, and the facilitator's screen, served by the other,
// shows it without being reloaded (server-sent events fed by PostgreSQL LISTEN/NOTIFY). Then the
// facilitator's stream is cut and resumed: what happened meanwhile arrives (Last-Event-ID).
import { expectNoA11yViolations } from "./support/axe.ts";
import { createRoleWithAccountabilities } from "./support/proposals.ts";
import { meetingInRound } from "./support/meetings.ts";
import { startSecondInstance, type Instance } from "./support/second-instance.ts";
import { expect, test } from "./support/fixtures.ts";

// One worker runs both tests, so that one second instance serves them (each worker would start its own).
test.describe.configure({ mode: "serial", timeout: 180_000 });

let second: Instance;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  second = await startSecondInstance();
});
test.afterAll(async () => second?.stop());

test("an answer given through one instance appears live on a screen served by the other", async ({ browser, page, factory, signIn }) => {
  const fanny = await factory.createUser({ name: "Fanny Facilitatrice" });
  const paul = await factory.createUser({ name: "Paul Participant" });
  const org = await factory.createOrganization(fanny);
  await factory.addMember(org, paul);
  const role = await createRoleWithAccountabilities(org, "Logistique", ["Ouvrir le local"]);
  const { meetingId } = await meetingInRound(org, fanny, [paul, fanny], role.id);
  const path = `/o/${org.slug}/meetings/${meetingId}`;

  // Fanny on the first instance.
  await signIn(page, fanny);
  await page.goto(path);
  await expect(page.getByText("Mises à jour en direct")).toBeVisible();
  await expect(page.getByText("Paul Participant : n’a pas encore répondu")).toBeVisible();
  await expectNoA11yViolations(page);

  // Paul on the second instance.
  const context = await browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris" });
  const paulPage = await context.newPage();
  await signIn(paulPage, paul);
  await paulPage.goto(`${second.baseUrl}${path}`);
  await expect(paulPage.getByTestId("current-item")).toHaveText("Tenir un registre des clés");
  await paulPage.getByRole("radio", { name: /^Consentement/ }).check();
  await paulPage.getByRole("button", { name: "Répondre" }).click();
  await expect(paulPage.getByTestId("my-answer")).toContainText("Votre réponse : Consentement");

  // Fanny's screen follows, without a reload.
  await expect(page.getByText("Paul Participant : a répondu")).toBeVisible({ timeout: 5_000 });

  // The facilitator gives the floor through the first instance; Paul's screen on the second follows.
  await page.getByRole("button", { name: "Donner la parole au suivant" }).click();
  await expect(paulPage.getByTestId("speaker")).toContainText("A la parole :", { timeout: 5_000 });
  await context.close();
});

test("a dropped event stream resumes from its Last-Event-ID without losing an event", async ({ browser, page, factory, signIn }) => {
  const fanny = await factory.createUser({ name: "Fanny Facilitatrice" });
  const paul = await factory.createUser({ name: "Paul Participant" });
  const org = await factory.createOrganization(fanny);
  await factory.addMember(org, paul);
  const role = await createRoleWithAccountabilities(org, "Logistique", ["Ouvrir le local"]);
  const { meetingId } = await meetingInRound(org, fanny, [paul, fanny], role.id);
  await signIn(page, fanny);
  // A settled page to read from: the sign-in's redirects are over.
  await page.goto(`/o/${org.slug}/meetings/${meetingId}`);
  const events = `/o/${org.slug}/meetings/${meetingId}/events`;
  // Read the stream from the page (with its cookie) for a moment: no event yet, so nothing to resume from.
  const read = (url: string, lastEventId?: string) => page.evaluate(async ({ url, lastEventId }) => {
    const controller = new AbortController();
    const response = await fetch(url, { headers: lastEventId ? { "Last-Event-ID": lastEventId } : {}, signal: controller.signal });
    const reader = response.body!.getReader();
    let text = "";
    const timer = setTimeout(() => controller.abort(), 1_500);
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
    } catch {
      // aborted: what was read so far is the answer
    } finally {
      clearTimeout(timer);
    }
    return { status: response.status, type: response.headers.get("content-type"), text };
  }, { url, lastEventId });

  const first = await read(events);
  expect(first.status).toBe(200);
  expect(first.type).toContain("text/event-stream");
  expect(first.text).not.toContain("event: change");
  // While disconnected, the facilitator acts twice (through the second instance).
  await page.goto(`${second.baseUrl}/o/${org.slug}/meetings/${meetingId}`);
  await page.getByRole("button", { name: "Donner la parole au suivant" }).click();
  await expect(page.getByTestId("speaker")).toContainText("A la parole :");
  await page.getByRole("button", { name: "Donner la parole au suivant" }).click();
  await expect(page.getByTestId("speaker")).not.toContainText("Paul Participant");
  // Resuming after event 0 replays both, in order, with their ids; resuming after the first replays only the second.
  const replay = await read(events, "0");
  const ids = [...replay.text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
  expect(ids.length).toBeGreaterThanOrEqual(2);
  expect(ids).toEqual([...ids].sort((a, b) => a - b));
  const again = await read(events, String(ids[0]));
  expect([...again.text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]))).toEqual(ids.slice(1));
  // Another organisation's member gets no stream.
  const outsider = await factory.createUser({ name: "Olga Ailleurs" });
  await factory.createOrganization(outsider);
  const elsewhere = await browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris" });
  const outsiderPage = await elsewhere.newPage();
  await signIn(outsiderPage, outsider);
  // A plain request with the outsider's cookies: the answer is a 404, with no stream to read.
  const refused = await outsiderPage.request.get(events);
  expect(refused.status()).toBe(404);
  expect(refused.headers()["content-type"]).not.toContain("text/event-stream");
  // Nor the page that adds to its agenda.
  expect((await outsiderPage.request.get(events.replace(/\/events$/, "/agenda/new"))).status()).toBe(404);
  await elsewhere.close();
});
