// A session for the benchmark's requests: the same next-auth JWT cookie lib/auth/session-cookie.ts
// writes on sign-in (claims `sub` and `sv`, the server's secret), so pages render as for a
// signed-in admin without going through the sign-in form.
import { encode } from "next-auth/jwt";
import pg from "pg";

const MAX_AGE = 60 * 60;
/** The cookie name for an http:// NEXTAUTH_URL (lib/auth/config.ts `sessionCookieName`). */
const COOKIE = "next-auth.session-token";

export async function sessionCookie(databaseUrl: string, email: string, secret: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; sessionVersion: number }>(`SELECT "id", "sessionVersion" FROM "User" WHERE "email" = $1`, [email]);
    const user = rows[0];
    if (!user) throw new Error(`No user ${email}`);
    const token = await encode({ token: { sub: user.id, sv: user.sessionVersion }, secret, maxAge: MAX_AGE });
    return `${COOKIE}=${token}`;
  } finally {
    await client.end();
  }
}
