// Limits a hostile client meets through the real server: a field longer than the form allows (the
// browser's maxlength removed), a member over the write limit, a Server Action body over Next's
// size limit, and a cross-site POST to next-auth's endpoints (the only route handlers that accept
// POST: app/api/health and the review export are GET only). Each is refused with a clear message
// and changes nothing.
import { randomUUID } from "node:crypto";
import { WRITES_PER_MEMBER, writeKey } from "../lib/rate-limit/write-limits.ts";
import { testDb } from "./support/db.ts";
import { expect, test } from "./support/fixtures.ts";

/** A form submission runs a Server Action and renders the next page: slower than a click. */
const SLOW = 20_000;
/** A stack trace as Node prints it ("    at fn (file.js:1:2)"), or a path into the server's code. */
const STACK = /\n\s+at .+:\d+:\d+|node_modules|\.next\/server/;

test("a tension title of 10 000 characters, past the field's maxlength, is refused with the field's message", async ({ page, factory, user, signIn }) => {
  const org = await factory.createOrganization(user);
  await signIn(page, user);
  await page.goto(`/o/${org.slug}/tensions/new`);
  const title = page.getByLabel("Titre");
  await title.evaluate((input) => input.removeAttribute("maxlength"));
  const long = `Trop long ${randomUUID()} ${"x".repeat(10_000)}`;
  await title.fill(long);
  await page.getByLabel("Ce qui est").fill("Un titre démesuré");
  await page.getByRole("button", { name: "Exprimer la tension" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "Certains champs sont à corriger." })).toBeVisible({ timeout: SLOW });
  await expect(page.getByText("Le titre ne doit pas dépasser 200 caractères.")).toBeVisible();
  await expect(title).toHaveAttribute("aria-invalid", "true");
  // What was typed is kept, so nothing is lost; nothing was written.
  await expect(page.getByLabel("Ce qui est")).toHaveValue("Un titre démesuré");
  expect(await testDb().tension.count({ where: { organizationId: org.id } })).toBe(0);
});

test("a member over the write limit gets a translated message and nothing is written; the limit is per member", async ({ page, factory, user, signIn }) => {
  const org = await factory.createOrganization(user);
  await signIn(page, user);
  // This member already made WRITES_PER_MEMBER writes in this organisation within the minute.
  const key = writeKey(user.id, org.id);
  await testDb().rateLimitHit.createMany({ data: Array.from({ length: WRITES_PER_MEMBER.limit }, () => ({ key })) });

  await page.goto(`/o/${org.slug}/tensions/new`);
  const title = `Limite ${randomUUID().slice(0, 8)}`;
  await page.getByLabel("Titre").fill(title);
  await page.getByRole("button", { name: "Exprimer la tension" }).click();
  await expect(page.getByText(/Vous avez enregistré trop de changements en peu de temps\. Patientez 1 minute avant de réessayer ; rien n’a été modifié\./)).toBeVisible({ timeout: SLOW });
  await expect(page.getByLabel("Titre")).toHaveValue(title);
  expect(await testDb().tension.count({ where: { organizationId: org.id } })).toBe(0);
  // The refused attempt was not counted either.
  expect(await testDb().rateLimitHit.count({ where: { key } })).toBe(WRITES_PER_MEMBER.limit);

  // Control: once the minute has passed (its hits gone), the very same form goes through.
  await testDb().rateLimitHit.deleteMany({ where: { key } });
  await page.getByRole("button", { name: "Exprimer la tension" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title, { timeout: SLOW });
  expect(await testDb().tension.count({ where: { organizationId: org.id } })).toBe(1);
});

test("a Server Action body over the size limit is refused without a stack trace, and creates nothing", async ({ page, user, signIn }) => {
  await signIn(page, user);
  await page.goto("/orgs");
  // The create-organisation action's id, from the real form's request (not let through).
  let actionId: string | undefined;
  await page.route("**/orgs", async (route) => {
    if (route.request().method() !== "POST") return route.fallback();
    actionId = (await route.request().allHeaders())["next-action"];
    await route.abort();
  });
  const name = `Énorme ${randomUUID().slice(0, 8)}`;
  await page.getByLabel("Nom de l’organisation").fill(name);
  await page.getByRole("button", { name: "Créer l’organisation" }).click();
  await expect.poll(() => actionId, { timeout: SLOW }).toMatch(/^[0-9a-f]{40,}$/);
  await page.unroute("**/orgs");

  const boundary = `----interpoles${randomUUID().replaceAll("-", "")}`;
  const body = [`--${boundary}`, 'Content-Disposition: form-data; name="1_name"', "", `${name}${"x".repeat(3 * 1024 * 1024)}`, `--${boundary}--`, ""].join("\r\n");
  const response = await page.request.post("/orgs", {
    headers: { "next-action": actionId!, accept: "text/x-component", "content-type": `multipart/form-data; boundary=${boundary}`, origin: new URL(page.url()).origin },
    data: Buffer.from(body),
    maxRedirects: 0,
  });
  // Next's serverActions.bodySizeLimit (1 MB by default; next.config.ts keeps it) throws a 413
  // error; depending on when the stream is cut, Next answers 413 or its generic error page (500).
  expect([413, 500]).toContain(response.status());
  expect(await response.text()).not.toMatch(STACK);
  expect(await testDb().organization.count({ where: { name: { startsWith: name } } })).toBe(0);
});

test("next-auth's POST endpoints refuse a cross-site request without their CSRF token; with it, they work", async ({ page, user, signIn }) => {
  await signIn(page, user);
  const signedIn = async () => {
    await page.goto("/account");
    return !new URL(page.url()).pathname.startsWith("/signin");
  };
  expect(await signedIn()).toBe(true);
  const cookieNames = async () => (await page.context().cookies()).map((cookie) => cookie.name);
  const sessionCookie = (await cookieNames()).find((name) => name.includes("session-token"));
  expect(sessionCookie).toBeDefined();

  // A page elsewhere posting a form to sign the person out (no token: it cannot read one).
  const forged = await page.request.post("/api/auth/signout", {
    headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
    data: "callbackUrl=https%3A%2F%2Fevil.example",
    maxRedirects: 0,
  });
  expect(forged.status()).toBeLessThan(500);
  expect(forged.headers()["location"] ?? "").not.toContain("evil.example");
  expect(await cookieNames()).toContain(sessionCookie);
  expect(await signedIn()).toBe(true);

  // Starting a sign-in flow without the token is sent back to the token check too.
  const signInForged = await page.request.post("/api/auth/signin/oidc", {
    headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
    data: "callbackUrl=https%3A%2F%2Fevil.example",
    maxRedirects: 0,
  });
  expect(signInForged.headers()["location"] ?? "").not.toContain("evil.example");

  // Control: the same sign-out with the token next-auth gives this site's pages does sign out.
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const genuine = await page.request.post("/api/auth/signout", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: `csrfToken=${encodeURIComponent(csrfToken)}&json=true`,
    maxRedirects: 0,
  });
  expect(genuine.status()).toBeLessThan(400);
  expect(await cookieNames()).not.toContain(sessionCookie);
});
