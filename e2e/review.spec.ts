// The accountability review (page, filters, print, exports) and a member's roles, through a real
// browser; with the cross-tenant checks of both pages and of the export route.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expectNoA11yViolations } from "./support/axe.ts";
import { testDb } from "./support/db.ts";
import { expect, test } from "./support/fixtures.ts";
import { buildReviewRecord, endTermInThePast } from "./support/review.ts";

const orgNav = (page: Page) => page.getByRole("navigation", { name: "Sections de l’organisation" });
const circleHeadings = (page: Page) => page.getByRole("main").locator("section h2");

test("the review shows accountabilities by circle and role, and filters them", async ({ page, factory, user, signIn }) => {
  const org = await factory.createOrganization(user);
  const ana = await factory.createUser({ name: "Ana Bénévole" });
  const record = await buildReviewRecord(org, user, await factory.addMember(org, ana));
  await signIn(page, user);
  await page.goto(`/o/${org.slug}`);
  await orgNav(page).getByRole("link", { name: "Redevabilités" }).click();

  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/review$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revue des redevabilités");
  await expect(circleHeadings(page)).toHaveText(["Cercle général", "Pôle Atelier", "Équipe bois"]);
  await expect(page.getByText("3 cercles, 6 redevabilités")).toBeVisible();
  const welcome = page.getByRole("article", { name: "Accueil" });
  await expect(welcome.getByText("Titulaires : Ana Bénévole (focus : le samedi)")).toBeVisible();
  await expect(welcome.getByRole("list", { name: "Redevabilités du rôle Accueil" }).getByRole("listitem")).toHaveText(["Accueillir les bénévoles", "Tenir le planning"]);
  await expect(page.getByText("Dans : Cercle général", { exact: true })).toBeVisible();
  await expect(page.getByText("Dans : Cercle général › Pôle Atelier", { exact: true })).toBeVisible();
  await expectNoA11yViolations(page);

  // Text filter, through the GET form.
  await page.getByLabel("Texte de la redevabilité").fill("BÉNÉVOLES");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/[?&]q=B%C3%89N%C3%89VOLES/);
  await expect(circleHeadings(page)).toHaveText(["Pôle Atelier"]);
  await expect(page.getByRole("main").locator("section li")).toHaveText(["Accueillir les bénévoles"]);
  await expect(page.getByLabel("Texte de la redevabilité")).toHaveValue("BÉNÉVOLES");

  // Circle filter: the pole and its sub-circle.
  await page.getByRole("link", { name: "Tout afficher" }).click();
  // Wait for the unfiltered page: filling the old page's form would keep its text filter.
  await expect(page).not.toHaveURL(/[?&]q=/);
  await expect(page.getByLabel("Texte de la redevabilité")).toHaveValue("");
  await page.getByLabel("Cercle (avec ses sous-cercles)").selectOption(record.poleId);
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByText("Cercle « Pôle Atelier » et ses sous-cercles")).toBeVisible();
  await expect(circleHeadings(page)).toHaveText(["Pôle Atelier", "Équipe bois"]);
  await expectNoA11yViolations(page);

  // "Only my roles": the admin holds none.
  await page.getByLabel("Seulement mes rôles").check();
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByText("Aucune redevabilité ne correspond à ces filtres.")).toBeVisible();
  await expect(circleHeadings(page)).toHaveCount(0);
});

test("each export downloads the whole filtered review with the right headers", async ({ page, factory, user, signIn }) => {
  const org = await factory.createOrganization(user, { name: "Coop *Bobine*" });
  const ana = await factory.createUser({ name: "Ana Bénévole" });
  const record = await buildReviewRecord(org, user, await factory.addMember(org, ana));
  await signIn(page, user);
  await page.goto(`/o/${org.slug}/review`);

  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
    return { filename: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
  };

  const csv = await download("Exporter en CSV (tableur)");
  expect(csv.filename).toMatch(new RegExp(`^redevabilites-${org.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe("Chemin du cercle,Cercle,Rôle,Titulaires,N°,Redevabilité");
  expect(lines).toHaveLength(7);
  expect(lines).toContain("Cercle général,Cercle général,*Trésorerie*,,2,'=SUM(A1:A9)");
  expect(lines).toContain("Cercle général › Pôle Atelier,Pôle Atelier,Accueil,Ana Bénévole (le samedi),1,Accueillir les bénévoles");

  const md = (await download("Exporter en Markdown")).bytes.toString("utf8");
  expect(md).toContain("# Redevabilités — Coop \\*Bobine\\*\n");
  expect(md).toContain("### \\*Trésorerie\\*\n");
  expect(md).toContain("- \\- Payer les factures \\<b\\>à temps\\</b\\>\n");
  expect(md).toContain("## Équipe bois\n\n_Cercle général › Pôle Atelier › Équipe bois_\n");

  const json = JSON.parse((await download("Exporter en JSON")).bytes.toString("utf8"));
  expect(json).toMatchObject({ format: "interpoles.accountability-review", version: 1, organization: { id: org.id, slug: org.slug } });
  expect(json.circles.map((circle: { id: string }) => circle.id)).toEqual([org.generalCircleId, record.poleId, record.teamId]);

  // Headers, and the filters of the page carried into the export (not paginated).
  const response = await page.request.get(`/o/${org.slug}/review/export?format=json&circle=${record.poleId}&q=machines`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="redevabilites-.+\.json"$/);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const filtered = await response.json();
  expect(filtered.filters).toEqual({ circleId: record.poleId, q: "machines", memberId: null });
  expect(filtered.circles.map((circle: { name: string }) => circle.name)).toEqual(["Équipe bois"]);
  for (const [format, type] of [["md", "text/markdown; charset=utf-8"], ["csv", "text/csv; charset=utf-8"]]) {
    const each = await page.request.get(`/o/${org.slug}/review/export?format=${format}`);
    expect(each.headers()["content-type"]).toBe(type);
    expect(each.headers()["content-disposition"]).toContain(`.${format}"`);
  }
  expect((await page.request.get(`/o/${org.slug}/review/export?format=xls`)).status()).toBe(400);
});

test("printing the review hides the header, navigation, filters and exports", async ({ page, factory, user, signIn }) => {
  const org = await factory.createOrganization(user);
  const ana = await factory.createUser();
  await buildReviewRecord(org, user, await factory.addMember(org, ana));
  await signIn(page, user);
  await page.goto(`/o/${org.slug}/review`);
  await expect(orgNav(page)).toBeVisible();

  await page.emulateMedia({ media: "print" });
  await expect(orgNav(page)).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("search")).toBeHidden();
  await expect(page.getByRole("link", { name: "Exporter en CSV (tableur)" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(`${org.name}, au`)).toBeVisible();
  await expect(page.getByRole("article", { name: "Accueil" })).toHaveCSS("break-inside", "avoid");
  await expect(page.getByRole("main")).toHaveCSS("color", "rgb(0, 0, 0)");
});

test("a member's roles, with terms ending soon or over; « Mes rôles » and my-roles", async ({ page, factory, user, signIn }) => {
  const org = await factory.createOrganization(user);
  const ana = await factory.createUser({ name: "Ana Bénévole" });
  const anaId = await factory.addMember(org, ana);
  const record = await buildReviewRecord(org, user, anaId);
  await endTermInThePast(org, record.workshopId, anaId);

  await signIn(page, ana);
  await page.goto(`/o/${org.slug}/my-roles`);
  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/members/${anaId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes rôles");
  await expect(page).toHaveTitle(/^Mes rôles/);
  await expect(page.getByText("2 rôles")).toBeVisible();
  const welcome = page.getByRole("article", { name: "Accueil" });
  await expect(welcome.getByText("Mandat bientôt échu")).toBeVisible();
  await expect(welcome.getByText("Focus : le samedi")).toBeVisible();
  await expect(welcome.getByRole("listitem")).toHaveText(["Accueillir les bénévoles", "Tenir le planning"]);
  await expect(page.getByRole("article", { name: "Menuiserie" }).getByText("Mandat échu")).toBeVisible();
  await expectNoA11yViolations(page);

  // Seen by someone else, from the member list; and on to the review of her roles.
  await page.context().clearCookies();
  await signIn(page, user);
  await page.goto(`/o/${org.slug}/members`);
  await page.getByRole("link", { name: "Ana Bénévole" }).click();
  await expect(page).toHaveURL(new RegExp(`/members/${anaId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ana Bénévole");
  await expect(page.getByText("Membre", { exact: true })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole("link", { name: "Voir ces redevabilités dans la revue" }).click();
  await expect(page.getByText("Rôles tenus par Ana Bénévole")).toBeVisible();
  await expect(circleHeadings(page)).toHaveText(["Pôle Atelier", "Équipe bois"]);
  await expectNoA11yViolations(page);
});

test("another organisation's pages, circles, members and exports are 404", async ({ page, factory, user, signIn }) => {
  const org = await factory.createOrganization(user);
  const ana = await factory.createUser();
  const anaId = await factory.addMember(org, ana);
  const record = await buildReviewRecord(org, user, anaId);
  const bob = await factory.createUser();
  const other = await factory.createOrganization(bob);
  const bobId = (await testDb().membership.findFirstOrThrow({ where: { organizationId: other.id, userId: bob.id } })).id;

  // Signed out, the export sends to sign-in first.
  const signedOut = await page.request.get(`/o/${org.slug}/review/export?format=csv`, { maxRedirects: 0 });
  expect(signedOut.status()).toBe(307);
  expect(signedOut.headers().location).toContain("/signin?callbackUrl=");

  // An outsider: the whole organisation does not exist.
  await signIn(page, bob);
  for (const path of ["/review", `/members/${anaId}`, "/my-roles"]) {
    expect((await page.goto(`/o/${org.slug}${path}`))?.status(), path).toBe(404);
  }
  const outsider = await page.request.get(`/o/${org.slug}/review/export?format=json`);
  expect(outsider.status()).toBe(404);
  expect(await outsider.text()).not.toContain("Trésorerie");

  // A member of this organisation, with the other's ids.
  await page.context().clearCookies();
  await signIn(page, user);
  for (const path of [`/review?circle=${other.generalCircleId}`, `/review?member=${bobId}`, `/members/${bobId}`, "/review?circle=not-an-id", "/members/not-an-id"]) {
    const response = await page.goto(`/o/${org.slug}${path}`);
    expect(response?.status(), path).toBe(404);
    await expectNoA11yViolations(page);
  }
  expect((await page.request.get(`/o/${org.slug}/review/export?format=csv&circle=${other.generalCircleId}`)).status()).toBe(404);
  expect((await page.request.get(`/o/${org.slug}/review/export?format=md&member=${bobId}`)).status()).toBe(404);
  // A removed member's page is gone too.
  await testDb().membership.update({ where: { id: anaId }, data: { removedAt: new Date() } });
  expect((await page.goto(`/o/${org.slug}/members/${anaId}`))?.status()).toBe(404);
  // And the own circle still works, as a control.
  expect((await page.request.get(`/o/${org.slug}/review/export?format=csv&circle=${record.poleId}`)).status()).toBe(200);
});
