// Managing members: changing a permission, removing someone. Admins only, scoped by the current
// organisation. The organisation must always keep an admin: both mutations first lock the
// organisation's active admin memberships (FOR UPDATE, in id order so that two of them cannot
// deadlock), so two admins demoting each other at once are serialised and the second one sees
// that they would leave no admin (or that they are no longer admin themselves).
import "server-only";
import type { MemberContext } from "@/lib/organizations/context";
import { can, leavesAnAdmin } from "@/lib/organizations/policy";
import type { Tx } from "@/lib/server/db";
import { db } from "@/lib/server/db";
import { changePermissionSchema, removeMemberSchema } from "./schema";
import { lockRecord } from "@/lib/record/lock";
import { endAssignmentsOfRemovedMember } from "@/lib/record/member-removal";

type Actor = Pick<MemberContext, "user" | "organization" | "membership">;

export type MemberMutationResult =
  | { ok: true; name: string }
  | { ok: false; reason: "forbidden" | "notFound" | "lastAdmin" | "invalidPermission" };

export async function changeMemberPermission(actor: Actor, input: unknown): Promise<MemberMutationResult> {
  if (!can(actor.membership.permission, "member.changePermission")) return { ok: false, reason: "forbidden" };
  const parsed = changePermissionSchema.safeParse(input);
  if (!parsed.success) {
    const badId = parsed.error.issues.some((issue) => issue.path[0] === "membershipId");
    return { ok: false, reason: badId ? "notFound" : "invalidPermission" };
  }
  const { membershipId, permission } = parsed.data;
  const organizationId = actor.organization.id;

  return db.$transaction(async (tx): Promise<MemberMutationResult> => {
    const admins = await lockActiveAdmins(tx, organizationId);
    // The actor's permission may have changed since the request began: ask the locked rows.
    if (!admins.includes(actor.membership.id)) return { ok: false, reason: "forbidden" };
    const target = await activeMember(tx, organizationId, membershipId);
    if (!target) return { ok: false, reason: "notFound" };
    if (target.permission === permission) return { ok: true, name: target.user.name };
    if (target.permission === "admin" && !leavesAnAdmin(admins, target.id)) return { ok: false, reason: "lastAdmin" };

    await tx.membership.update({ where: { id: target.id }, data: { permission } });
    await tx.event.create({
      data: {
        organizationId,
        actorId: actor.user.id,
        kind: "member.permission_changed",
        subjectId: target.id,
        data: { from: target.permission, to: permission },
      },
    });
    return { ok: true, name: target.user.name };
  });
}

/**
 * Removes a member: their membership is marked removed (their past acts stay theirs), their role
 * assignments end and they leave every circle. It takes effect on their next request, since the
 * member context only finds active memberships.
 */
export async function removeMember(actor: Actor, input: unknown, now = new Date()): Promise<MemberMutationResult> {
  if (!can(actor.membership.permission, "member.remove")) return { ok: false, reason: "forbidden" };
  const parsed = removeMemberSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "notFound" };
  const organizationId = actor.organization.id;

  return db.$transaction(async (tx): Promise<MemberMutationResult> => {
    // The record's lock first (their assignments end): change sets take it before any row lock too.
    await lockRecord(tx, organizationId);
    const admins = await lockActiveAdmins(tx, organizationId);
    if (!admins.includes(actor.membership.id)) return { ok: false, reason: "forbidden" };
    const target = await activeMember(tx, organizationId, parsed.data.membershipId);
    if (!target) return { ok: false, reason: "notFound" };
    if (target.permission === "admin" && !leavesAnAdmin(admins, target.id)) return { ok: false, reason: "lastAdmin" };

    const removed = await tx.membership.updateMany({
      where: { id: target.id, organizationId, removedAt: null },
      data: { removedAt: now },
    });
    if (removed.count === 0) return { ok: false, reason: "notFound" };
    await endAssignmentsOfRemovedMember(tx, { organizationId, membershipId: target.id, actorUserId: actor.user.id, now });
    await tx.circleMembership.deleteMany({ where: { organizationId, membershipId: target.id } });
    await tx.event.create({
      data: {
        organizationId,
        actorId: actor.user.id,
        kind: "member.removed",
        subjectId: target.id,
        data: { userId: target.user.id, permission: target.permission },
      },
    });
    return { ok: true, name: target.user.name };
  });
}

async function lockActiveAdmins(tx: Tx, organizationId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS "id" FROM "Membership"
    WHERE "organizationId" = ${organizationId}::uuid AND "permission" = 'admin' AND "removedAt" IS NULL
    ORDER BY "id" FOR UPDATE`;
  return rows.map((row) => row.id);
}

function activeMember(tx: Tx, organizationId: string, membershipId: string) {
  return tx.membership.findFirst({
    where: { id: membershipId, organizationId, removedAt: null },
    select: { id: true, permission: true, user: { select: { id: true, name: true } } },
  });
}

