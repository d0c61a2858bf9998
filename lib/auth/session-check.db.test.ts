import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { changePassword, signOutEverywhere } from "./account-mutations";
import { loadSessionUser } from "./session-check";
import { createTestUser, TEST_PASSWORD } from "./test-users";

describe("loadSessionUser", () => {
  it("accepts a token carrying the current session version", async () => {
    const user = await createTestUser();
    expect(await loadSessionUser(db, user.id, user.sessionVersion)).toMatchObject({ id: user.id, email: user.email });
  });

  it("refuses malformed tokens and unknown users", async () => {
    const user = await createTestUser();
    expect(await loadSessionUser(db, user.id, undefined)).toBeNull();
    expect(await loadSessionUser(db, user.id, "0")).toBeNull();
    expect(await loadSessionUser(db, "not-a-uuid", 0)).toBeNull();
    expect(await loadSessionUser(db, randomUUID(), 0)).toBeNull();
  });

  it("refuses every older token once the password is changed, and accepts the re-issued one", async () => {
    const user = await createTestUser();
    const result = await changePassword(user.id, { currentPassword: TEST_PASSWORD, newPassword: "un-tout-nouveau-secret" });
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    expect(await loadSessionUser(db, user.id, user.sessionVersion)).toBeNull();
    expect(await loadSessionUser(db, user.id, result.user.sessionVersion)).not.toBeNull();
  });

  it("refuses every token after sign-out everywhere", async () => {
    const user = await createTestUser();
    await signOutEverywhere(user.id);
    expect(await loadSessionUser(db, user.id, user.sessionVersion)).toBeNull();
  });

  it("refuses a disabled account's tokens", async () => {
    const user = await createTestUser();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await loadSessionUser(db, user.id, user.sessionVersion)).toBeNull();
  });
});
