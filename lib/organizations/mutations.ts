// Creating an organisation: the organisation, its creator as admin, its general circle (with its
// consent settings, its four core roles and the creator as its member), the governance record's
// history of that set-up (so time travel starts from the very first day) and the journal entry,
// all or nothing.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/server/db";
import { db } from "@/lib/server/db";
import { CoreRole } from "@/lib/generated/prisma/enums";
import { coreRoleNames } from "@/lib/record/core-roles";
import { snapshot } from "@/lib/record/journal";
import { generalCircleName } from "./general-circle";
import { createOrganizationSchema } from "./schema";
import { firstFreeSlug, slugify } from "./slug";
import { isUniqueViolation } from "./unique-violation";

export type CreateOrganizationResult =
  | { ok: true; organizationId: string; slug: string }
  | { ok: false; reason: "invalid" | "slugUnavailable" };

const ATTEMPTS = 5;

export async function createOrganization(input: {
  userId: string;
  locale: string;
  name: string;
}): Promise<CreateOrganizationResult> {
  const parsed = createOrganizationSchema.safeParse({ name: input.name });
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { name } = parsed.data;
  const base = slugify(name);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    // The read only makes a good first guess; the unique index decides. Another creation may
    // take the same slug between the read and the insert: then we read again and retry.
    const slug = attempt < ATTEMPTS - 1 ? await freeSlug(base) : `${base}-${randomBytes(3).toString("hex")}`;
    try {
      return await db.$transaction((tx) => insertOrganization(tx, { ...input, name, slug }));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return { ok: false, reason: "slugUnavailable" };
}

async function freeSlug(base: string): Promise<string> {
  const taken = await db.organization.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(
    base,
    taken.map((row) => row.slug),
  );
}

async function insertOrganization(
  tx: Tx,
  input: { userId: string; locale: string; name: string; slug: string },
): Promise<CreateOrganizationResult> {
  const organization = await tx.organization.create({
    data: { slug: input.slug, name: input.name },
    select: { id: true, slug: true },
  });
  const organizationId = organization.id;
  const membership = await tx.membership.create({
    data: { organizationId, userId: input.userId, permission: "admin" },
    select: { id: true },
  });
  const circle = await tx.circle.create({
    data: { organizationId, kind: "general", name: generalCircleName(input.locale), purpose: "" },
  });
  const settings = await tx.circleProcessSettings.create({ data: { organizationId, circleId: circle.id } });
  const names = coreRoleNames(input.locale);
  const coreRoles = await tx.role.createManyAndReturn({
    data: Object.values(CoreRole).map((coreRole) => ({ organizationId, circleId: circle.id, coreRole, name: names[coreRole] })),
  });
  await tx.recordChange.createMany({
    data: [
      { entity: "circle" as const, entityId: circle.id, after: snapshot(circle) },
      { entity: "settings" as const, entityId: settings.id, after: snapshot(settings) },
      ...coreRoles.map((role) => ({ entity: "role" as const, entityId: role.id, roleId: role.id, after: snapshot(role) })),
    ].map((change) => ({ ...change, organizationId, action: "created" as const, circleId: circle.id, actorId: input.userId, isDirectEdit: true })),
  });
  await tx.circleMembership.create({ data: { organizationId, circleId: circle.id, membershipId: membership.id } });
  await tx.event.create({
    data: {
      organizationId,
      actorId: input.userId,
      kind: "organization.created",
      subjectId: organizationId,
      data: { name: input.name, slug: organization.slug },
    },
  });
  return { ok: true, organizationId, slug: organization.slug };
}
