// Hostile input typed through the real forms (tension, comment, organisation name, person name)
// comes back as text on every page that shows it; Markdown policies render no raw HTML, no
// `javascript:` link and no remote image; spreadsheet exports neutralise formulas; a Server
// Action replayed from another origin changes nothing.
import { randomUUID } from "node:crypto";
import { CSV_FORMULA, XSS_CORPUS } from "../tests/unit/xss-corpus.ts";
import { testDb } from "./support/db.ts";
import { expect, test } from "./support/fixtures.ts";
import { INJECTED, expectNothingInjected, expectShownInert } from "./support/hostile.ts";
import { addPolicy, createRole } from "./support/record.ts";

/** A form submission runs a Server Action and renders the next page: slower than a click. */
const SLOW = 20_000;

for (const [index, payload] of XSS_CORPUS.entries()) {
  test(`hostile text #${index + 1} is shown literally everywhere it appears: ${payload}`, async ({ page, user, signIn }) => {
    // Four forms and six pages on a dev server shared with other work.
    test.setTimeout(240_000);
    await signIn(page, user);

    // A person's name (/account).
    await page.goto("/account");
    await page.getByLabel("Nom", { exact: true }).fill(payload);
    await page.getByRole("button", { name: "Enregistrer le nom" }).click();
    await expect(page.getByText("Votre nom a été enregistré.")).toBeVisible({ timeout: SLOW });
    await expect(page.getByLabel("Nom", { exact: true })).toHaveValue(payload);
    await expectNothingInjected(page);

    // An organisation's name (/orgs).
    await page.goto("/orgs");
    await page.getByLabel("Nom de l’organisation").fill(payload);
    await page.getByRole("button", { name: "Créer l’organisation" }).click();
    await expect(page).toHaveURL(/\/o\/[^/]+$/, { timeout: SLOW });
    const slug = new URL(page.url()).pathname.split("/")[2]!;
    const org = await testDb().organization.findUniqueOrThrow({ where: { slug }, select: { name: true } });
    expect(org.name).toBe(payload);

    // A tension: title, what is, what could be.
    await page.goto(`/o/${slug}/tensions/new`);
    await page.getByLabel("Titre").fill(payload);
    await page.getByLabel("Ce qui est").fill(`Ce qui est : ${payload}`);
    await page.getByLabel("Ce qui pourrait être").fill(`Ce qui pourrait être : ${payload}`);
    await page.getByRole("button", { name: "Exprimer la tension" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(payload, { timeout: SLOW });
    const tensionPath = new URL(page.url()).pathname;

    // A comment on it.
    await page.getByLabel("Votre commentaire").fill(`Commentaire : ${payload}`);
    await page.getByRole("button", { name: "Commenter" }).click();
    await expect(page.getByRole("main").locator("li", { hasText: `Commentaire : ${payload}` })).toBeVisible({ timeout: SLOW });

    // Every page that shows them, freshly loaded (server rendering, then hydration).
    await page.goto(tensionPath);
    for (const text of [`Ce qui est : ${payload}`, `Ce qui pourrait être : ${payload}`, `Commentaire : ${payload}`]) {
      await expectShownInert(page, text);
    }
    await expect(page.getByText(`Commentaire : ${payload}`, { exact: true })).toBeVisible();

    await page.goto(`/o/${slug}/tensions`);
    await expectShownInert(page, payload, page.getByRole("list", { name: "Liste des tensions" }));

    await page.goto(`/o/${slug}/members`);
    await expectShownInert(page, payload);

    await page.goto("/");
    await expectNothingInjected(page);

    await page.goto(`/o/${slug}`);
    await expectNothingInjected(page);
    const switcher = page.getByRole("navigation", { name: "Organisations" });
    await switcher.locator("summary").click();
    await expect(switcher).toContainText(payload);
    await expect(switcher.locator("script, iframe, svg[onload], img[onerror]")).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  });
}

test("the checks catch a payload that was rendered as HTML (they are not vacuous)", async ({ page }) => {
  await page.setContent(`<main><p>Bonjour</p><img src="data:," onerror="window.__xss=1"></main>`);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBe(1);
  await expect(page.getByRole("main").locator(INJECTED)).toHaveCount(1);
});

test("a Markdown policy renders no raw HTML, no javascript: link and no remote image", async ({ page, factory, user, signIn }) => {
  const org = await factory.createOrganization(user);
  const title = `Politique ${randomUUID().slice(0, 6)}`;
  const body = [...XSS_CORPUS, "![pixel](https://tracker.example/pixel.png)", "Fin de la politique."].join("\n\n");
  await addPolicy(org, user, { circleId: org.generalCircleId, title, body });
  const tracked: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("tracker.example")) tracked.push(request.url());
  });
  await signIn(page, user);

  await page.goto(`/o/${org.slug}/circles/${org.generalCircleId}`);
  const main = page.getByRole("main");
  await expect(main).toContainText("Fin de la politique.");
  await expect(main).toContainText(title);
  await expectNothingInjected(page);
  await expect(main.locator("img")).toHaveCount(0);
  // The Markdown link keeps its words but loses its `javascript:` target.
  const link = main.getByRole("link", { name: "lien", exact: true });
  await expect(link).toHaveCount(1);
  expect((await link.getAttribute("href")) ?? "").not.toMatch(/^\s*javascript:/i);
  // A bare `javascript:` string is a paragraph of text, not a link.
  await expect(main.getByText("javascript:window.__xss=1", { exact: true })).toBeVisible();
  await link.click();
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(tracked).toEqual([]);
});

test("the review exports neutralise a spreadsheet formula and keep the text as data", async ({ page, factory, user, signIn }) => {
  const org = await factory.createOrganization(user);
  await createRole(org, user, { circleId: org.generalCircleId, name: "Trésorerie", accountabilities: [CSV_FORMULA] });
  await signIn(page, user);

  const csv = await page.request.get(`/o/${org.slug}/review/export?format=csv`);
  expect(csv.status()).toBe(200);
  const line = (await csv.text()).split("\r\n").find((row) => row.includes("HYPERLINK"));
  // The cell starts with ' (and, holding quotes, is itself quoted with doubled quotes).
  expect(line).toMatch(/,"'=HYPERLINK\(""http:\/\/x""\)"$/);

  const json = await (await page.request.get(`/o/${org.slug}/review/export?format=json`)).text();
  expect(JSON.stringify(JSON.parse(json))).toContain(JSON.stringify(CSV_FORMULA));

  const md = await page.request.get(`/o/${org.slug}/review/export?format=md`);
  expect(md.status()).toBe(200);
  expect(await md.text()).toContain("HYPERLINK");
});

test("a Server Action replayed from another origin creates nothing; the same request from this origin does", async ({ page, user, signIn }) => {
  await signIn(page, user);
  await page.goto("/orgs");
  const name = `Forgée ${randomUUID().slice(0, 8)}`;

  // Capture the real create-organisation request the form sends, without letting it through.
  let captured: { headers: Record<string, string>; body: Buffer } | undefined;
  await page.route("**/orgs", async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.fallback();
    captured = { headers: await request.allHeaders(), body: request.postDataBuffer()! };
    await route.abort();
  });
  await page.getByLabel("Nom de l’organisation").fill(name);
  await page.getByRole("button", { name: "Créer l’organisation" }).click();
  await expect.poll(() => captured !== undefined, { timeout: SLOW }).toBe(true);
  // Hydrated, React posts with a Next-Action header; before hydration the browser posts the
  // form natively, the action's id in the body. Next treats both as the same Server Action.
  const actionId = captured!.headers["next-action"];
  expect(actionId ?? captured!.body.toString()).toMatch(/[0-9a-f]{40}/);
  await page.unroute("**/orgs");

  const replay = (origin: string) =>
    page.request.post("/orgs", {
      headers: {
        ...(actionId ? { "next-action": actionId, accept: "text/x-component" } : {}),
        "content-type": captured!.headers["content-type"]!,
        origin,
      },
      data: captured!.body,
      maxRedirects: 0,
    });
  const countNamed = () => testDb().organization.count({ where: { name } });

  const forged = await replay("https://evil.example");
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(await countNamed()).toBe(0);

  // Control: the very same request from the app's own origin does create it, so the refusal
  // above is the origin check and not a malformed replay.
  const genuine = await replay(captured!.headers.origin!);
  expect(genuine.status()).toBeLessThan(400);
  expect(await countNamed()).toBe(1);
});
