// Whether a session token still stands: the user exists, is not disabled, and the token's
// session version is the current one (bumping it revokes every older token). Kept free of Next
// so it can be tested against the database.
import type { Db, Tx } from "@/lib/server/db";

export type SessionUser = { id: string; email: string; name: string; locale: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loadSessionUser(client: Db | Tx, userId: unknown, sv: unknown): Promise<SessionUser | null> {
  // A token from before `sv` existed, or forged with another shape, is refused, never coerced.
  if (typeof userId !== "string" || !UUID.test(userId) || typeof sv !== "number") return null;
  const user = await client.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, locale: true, sessionVersion: true, disabledAt: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== sv) return null;
  return { id: user.id, email: user.email, name: user.name, locale: user.locale };
}
