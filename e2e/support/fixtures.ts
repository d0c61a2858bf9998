// The `test` every spec imports: Playwright's, plus each test's own data and a real sign-in.
// - `factory` creates users and organisations for this test only, and removes them afterwards;
// - `user` is a fresh person with a known password;
// - `signIn(page, user)` goes through the real sign-in form, as a person would.
import { test as base, expect, type Page } from "@playwright/test";
import {
  addMember,
  createOrganization,
  createUser,
  deleteTestData,
  disconnectTestDb,
  type TestOrganization,
  type TestUser,
} from "./db.ts";

export type Factory = {
  createUser: typeof createUser;
  createOrganization: typeof createOrganization;
  addMember: typeof addMember;
};

type Fixtures = {
  factory: Factory;
  user: TestUser;
  signIn: (page: Page, user: TestUser) => Promise<void>;
};

// Fixture callbacks take `provide` (Playwright's `use`): React's lint rules would take `use` for a hook.
export const test = base.extend<Fixtures, { dbConnection: void }>({
  // Closes the worker's database client when the worker ends.
  dbConnection: [
    async ({}, provide) => {
      await provide();
      await disconnectTestDb();
    },
    { scope: "worker", auto: true },
  ],

  factory: async ({}, provide) => {
    const userIds: string[] = [];
    await provide({
      createUser: async (options) => {
        const created = await createUser(options);
        userIds.push(created.id);
        return created;
      },
      createOrganization,
      addMember,
    });
    await deleteTestData(userIds);
  },

  user: async ({ factory }, provide) => {
    await provide(await factory.createUser());
  },

  signIn: async ({}, provide) => {
    await provide(async (page, user) => {
      await page.goto("/signin");
      await page.getByLabel("Adresse e-mail").fill(user.email);
      await page.getByLabel("Mot de passe", { exact: true }).fill(user.password);
      await page.getByRole("button", { name: "Se connecter", exact: true }).click();
      await expect(page).not.toHaveURL(/\/signin(\?|$)/);
    });
  },
});

export { expect };
export type { TestOrganization, TestUser };
