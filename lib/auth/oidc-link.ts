// Maps an OpenID Connect identity to our User, through Account(provider, providerAccountId).
// An identity already linked signs in as its user. A new identity is linked to the existing
// user with the same email, or creates one, only when the provider vouches for the email
// (`email_verified`): otherwise anyone able to type someone's address at the provider could
// take over, or squat, that person's account here.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import { normalizeEmail } from "./email";
import type { SessionSubject } from "./mutations";

export type OidcIdentity = {
  provider: string;
  providerAccountId: string;
  email?: string | null;
  emailVerified?: boolean | null;
  name?: string | null;
};

export type OidcLinkResult =
  | { ok: true; user: SessionSubject; created: boolean }
  | { ok: false; reason: "disabled" | "emailMissing" | "emailUnverified" };

async function linkOnce(client: Db, identity: OidcIdentity): Promise<OidcLinkResult> {
  const { provider, providerAccountId } = identity;
  const linked = await client.account.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
    select: { user: { select: { id: true, sessionVersion: true, disabledAt: true } } },
  });
  if (linked) {
    const { disabledAt, ...user } = linked.user;
    return disabledAt ? { ok: false, reason: "disabled" } : { ok: true, user, created: false };
  }
  const email = identity.email ? normalizeEmail(identity.email) : "";
  if (!email) return { ok: false, reason: "emailMissing" };
  if (identity.emailVerified !== true) return { ok: false, reason: "emailUnverified" };

  return client.$transaction(async (tx): Promise<OidcLinkResult> => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, sessionVersion: true, disabledAt: true } });
    if (existing?.disabledAt) return { ok: false, reason: "disabled" };
    const user =
      existing ??
      (await tx.user.create({
        data: { email, name: identity.name?.trim().slice(0, 100) || email.split("@")[0]!, passwordHash: null },
        select: { id: true, sessionVersion: true, disabledAt: true },
      }));
    await tx.account.create({ data: { userId: user.id, provider, providerAccountId } });
    return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion }, created: !existing };
  });
}

export async function linkOidcIdentity(client: Db, identity: OidcIdentity): Promise<OidcLinkResult> {
  try {
    return await linkOnce(client, identity);
  } catch (error) {
    // The same first sign-in twice at once (two tabs): one created the rows, the other now finds them.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return linkOnce(client, identity);
    throw error;
  }
}
