// The account page's changes: name, password, sign-out everywhere. The caller is the signed-in
// user (the action authenticates); these take their id as plain data.
import "server-only";
import { consume } from "@/lib/rate-limit/consume";
import { db } from "@/lib/server/db";
import { CHANGE_PASSWORD_PER_USER, keys } from "./limits";
import type { RateLimited, SessionSubject } from "./mutations";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem, type PasswordProblem } from "./password-policy";

/**
 * Renames the person. Their name shows in the governance record of each organisation they belong
 * to (the holders of roles), and what is read from the record is kept per version (ADR 0014): the
 * versions of those organisations move in the same transaction.
 */
export async function updateName(userId: string, name: string): Promise<{ ok: true } | { ok: false; reason: "notFound" }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, disabledAt: null }, data: { name: name.trim() } });
    if (count !== 1) return { ok: false, reason: "notFound" } as const;
    // Former members too: the record's history still names them. Rows locked in id order, so
    // that two renames sharing organisations cannot deadlock.
    await tx.$executeRaw`
      UPDATE "Organization" SET "recordVersion" = "recordVersion" + 1
      WHERE "id" IN (
        SELECT "id" FROM "Organization"
        WHERE "id" IN (SELECT "organizationId" FROM "Membership" WHERE "userId" = ${userId}::uuid)
        ORDER BY "id" FOR UPDATE)`;
    return { ok: true } as const;
  });
}

export type ChangePasswordResult =
  | { ok: true; user: SessionSubject }
  | { ok: false; reason: "notFound" | "noPassword" | "wrongPassword" | "conflict" }
  | { ok: false; reason: "weakPassword"; problem: PasswordProblem }
  | RateLimited;

/**
 * Sets a new password after checking the current one, and bumps the session version: every
 * session of the account ends, and the caller re-issues this browser's cookie with the new one.
 */
export async function changePassword(
  userId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<ChangePasswordResult> {
  const user = await db.user.findFirst({
    where: { id: userId, disabledAt: null },
    select: { email: true, passwordHash: true, sessionVersion: true },
  });
  if (!user) return { ok: false, reason: "notFound" };
  // Accounts created through single sign-on have no password to change.
  if (!user.passwordHash) return { ok: false, reason: "noPassword" };
  const problem = passwordProblem(input.newPassword, user.email);
  if (problem) return { ok: false, reason: "weakPassword", problem };
  const limited = await consume(keys.changePassword(userId), CHANGE_PASSWORD_PER_USER);
  if (!limited.ok) return { ok: false, reason: "rateLimited", retryAfterMs: limited.retryAfterMs };
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) return { ok: false, reason: "wrongPassword" };

  const passwordHash = await hashPassword(input.newPassword);
  // Compare-and-set: a concurrent change (or sign-out everywhere) since we read wins.
  const { count } = await db.user.updateMany({
    where: { id: userId, sessionVersion: user.sessionVersion, passwordHash: user.passwordHash },
    data: { passwordHash, sessionVersion: { increment: 1 } },
  });
  if (count !== 1) return { ok: false, reason: "conflict" };
  return { ok: true, user: { id: userId, sessionVersion: user.sessionVersion + 1 } };
}

/** Ends every session of the user, on every device (this one included). */
export async function signOutEverywhere(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
