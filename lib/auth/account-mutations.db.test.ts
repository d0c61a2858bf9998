import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { changePassword, updateName } from "./account-mutations";
import { verifyPassword } from "./password";
import { createTestUser, TEST_PASSWORD } from "./test-users";
import { createOrgFixture } from "@/lib/record/test-fixtures";

const NEW_PASSWORD = "un-tout-nouveau-secret";

describe("changePassword", () => {
  it("replaces the hash and bumps the session version", async () => {
    const user = await createTestUser();
    const result = await changePassword(user.id, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(result).toEqual({ ok: true, user: { id: user.id, sessionVersion: user.sessionVersion + 1 } });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(NEW_PASSWORD, after.passwordHash!)).toBe(true);
  });

  it("refuses a wrong current password and a weak new one, changing nothing", async () => {
    const user = await createTestUser();
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await changePassword(user.id, { currentPassword: "wrong-password", newPassword: NEW_PASSWORD })).toEqual({
      ok: false,
      reason: "wrongPassword",
    });
    expect(await changePassword(user.id, { currentPassword: TEST_PASSWORD, newPassword: "azertyuiop" })).toEqual({
      ok: false,
      reason: "weakPassword",
      problem: "common",
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.sessionVersion).toBe(before.sessionVersion);
  });

  it("lets only one of two simultaneous changes through", async () => {
    const user = await createTestUser();
    const results = await Promise.all(
      ["premier-nouveau-secret", "second-nouveau-secret"].map((newPassword) =>
        changePassword(user.id, { currentPassword: TEST_PASSWORD, newPassword }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(user.sessionVersion + 1);
  });

  it("refuses an account without password", async () => {
    const user = await createTestUser({ password: null });
    expect(await changePassword(user.id, { currentPassword: "x", newPassword: NEW_PASSWORD })).toEqual({ ok: false, reason: "noPassword" });
  });
});

describe("updateName", () => {
  it("saves the trimmed name of an active account only", async () => {
    const user = await createTestUser();
    expect(await updateName(user.id, "  Dominique ")).toEqual({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Dominique");
    const disabled = await createTestUser({ disabled: true });
    expect(await updateName(disabled.id, "Autre")).toEqual({ ok: false, reason: "notFound" });
  });

  it("moves the record version of the organisations the person belongs to, and of no other", async () => {
    const mine = await createOrgFixture(db);
    const other = await createOrgFixture(db);
    const version = async (id: string) => (await db.organization.findUniqueOrThrow({ where: { id }, select: { recordVersion: true } })).recordVersion;
    const [mineBefore, otherBefore] = [await version(mine.organizationId), await version(other.organizationId)];
    expect(await updateName(mine.member.userId, "Nouveau nom")).toEqual({ ok: true });
    expect(await version(mine.organizationId)).toBe(mineBefore + 1);
    expect(await version(other.organizationId)).toBe(otherBefore);
  });
});
