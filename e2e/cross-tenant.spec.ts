// One organisation never sees nor changes another's data, whatever ids a member puts in URLs or
// in the payload of a form.
import { expect, test } from "./support/fixtures.ts";
import { testDb } from "./support/db.ts";

test("a member of A gets 404 on every page of B", async ({ page, factory, signIn }) => {
  const alice = await factory.createUser();
  const bob = await factory.createUser();
  await factory.createOrganization(alice);
  const orgB = await factory.createOrganization(bob);
  await signIn(page, alice);
  for (const section of ["", "/members", "/circles", "/roles", "/tensions", "/proposals", "/meetings"]) {
    const response = await page.goto(`/o/${orgB.slug}${section}`);
    expect(response?.status(), `/o/B${section}`).toBe(404);
    await expect(page.getByText(orgB.name)).toHaveCount(0);
  }
});

test("an admin of A who forges B's ids into A's forms changes nothing in B", async ({ page, factory, signIn }) => {
  const alice = await factory.createUser({ name: "Alice Admin" });
  const alicesColleague = await factory.createUser({ name: "Collègue Alice" });
  const bob = await factory.createUser({ name: "Bob Admin" });
  const bobsMember = await factory.createUser({ name: "Membre Bob" });
  const orgA = await factory.createOrganization(alice);
  await factory.addMember(orgA, alicesColleague, "member");
  const orgB = await factory.createOrganization(bob);
  const victim = await factory.addMember(orgB, bobsMember, "member");
  await signIn(page, alice);
  await page.goto(`/o/${orgA.slug}/members`);

  // Permission change: the hidden membership id of A's colleague is swapped for B's member's.
  const form = page.locator("form", { has: page.getByLabel("Permission de Collègue Alice") });
  await form.locator('input[name="membershipId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), victim);
  await page.getByLabel("Permission de Collègue Alice").selectOption("admin");
  await form.getByRole("button", { name: "Modifier la permission" }).click();
  await expect(page.getByText("Ce membre n’existe pas ou ne fait plus partie de l’organisation.")).toBeVisible();

  // Removal, forged the same way.
  await page.goto(`/o/${orgA.slug}/members`);
  const removal = page.locator("details", { hasText: "Retirer de l’organisation" }).filter({ has: page.locator(`button:has-text("Collègue Alice")`) });
  await removal.locator("summary").click();
  await removal.locator('input[name="membershipId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), victim);
  await removal.getByRole("button", { name: "Confirmer le retrait de Collègue Alice" }).click();
  await expect(page.getByText("Ce membre n’existe pas ou ne fait plus partie de l’organisation.")).toBeVisible();

  await expect
    .poll(async () => testDb().membership.findUniqueOrThrow({ where: { id: victim }, select: { permission: true, removedAt: true } }))
    .toEqual({ permission: "member", removedAt: null });
  const colleague = await testDb().membership.findFirstOrThrow({ where: { organizationId: orgA.id, userId: alicesColleague.id } });
  expect(colleague).toMatchObject({ permission: "member", removedAt: null });
});
