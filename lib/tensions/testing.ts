// Fixtures of the tension database tests: an organisation (made by the real mutation), its
// members, and a circle with a role inserted directly, so that these tests exercise only
// lib/tensions. Nothing here is used by the app.
import { randomUUID } from "node:crypto";
import type { MemberContext } from "@/lib/organizations/context";
import { addTestMember, createTestOrganization } from "@/lib/organizations/testing/fixtures";
import { db } from "@/lib/server/db";

export type TensionWorld = {
  admin: MemberContext;
  author: MemberContext;
  other: MemberContext;
  observer: MemberContext;
  generalCircleId: string;
  circleId: string;
  roleId: string;
};

export async function createCircle(organizationId: string, parentId: string, name = `Pôle ${randomUUID().slice(0, 8)}`) {
  return db.circle.create({ data: { organizationId, parentId, kind: "pole", name }, select: { id: true } });
}

export async function createRole(organizationId: string, circleId: string, name = `Rôle ${randomUUID().slice(0, 8)}`) {
  return db.role.create({ data: { organizationId, circleId, name }, select: { id: true } });
}

export async function createWorld(): Promise<TensionWorld> {
  const admin = await createTestOrganization();
  const organizationId = admin.organization.id;
  const general = await db.circle.findFirstOrThrow({ where: { organizationId, kind: "general" }, select: { id: true } });
  const circle = await createCircle(organizationId, general.id);
  const role = await createRole(organizationId, circle.id);
  return {
    admin,
    author: await addTestMember(organizationId, "member"),
    other: await addTestMember(organizationId, "member"),
    observer: await addTestMember(organizationId, "observer"),
    generalCircleId: general.id,
    circleId: circle.id,
    roleId: role.id,
  };
}

/** The fields of a valid tension in the world's circle and role. */
export function fieldsIn(world: TensionWorld, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { title: "Les clés du local", whatIs: "Personne ne sait qui les a.", circleId: world.circleId, roleId: world.roleId, kind: "operational", isInterpoles: false, ...overrides };
}
