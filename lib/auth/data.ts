// Reads of the account page.
import "server-only";
import { db } from "@/lib/server/db";

/** What the account page needs beyond the session user: whether there is a password to change. */
export async function accountOverview(userId: string): Promise<{ hasPassword: boolean }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return { hasPassword: Boolean(user?.passwordHash) };
}
