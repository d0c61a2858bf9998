// Data for the tension specs: a circle with a role, and tensions, written as the product writes
// them (lib/tensions cannot run here: it is "server-only" and bound to the app's own client).
import { testDb, type TestOrganization, type TestUser } from "./db.ts";

export async function createCircleWithRole(org: TestOrganization, circleName: string, roleName: string) {
  const db = testDb();
  const circle = await db.circle.create({ data: { organizationId: org.id, parentId: org.generalCircleId, kind: "pole", name: circleName }, select: { id: true } });
  const role = await db.role.create({ data: { organizationId: org.id, circleId: circle.id, name: roleName }, select: { id: true } });
  return { circleId: circle.id, roleId: role.id };
}

/** A tension of `author` in the general circle: a draft, or raised (open). */
export async function createTension(org: TestOrganization, author: TestUser, title: string, status: "draft" | "open" = "open") {
  return testDb().$transaction(async (tx) => {
    const tension = await tx.tension.create({
      data: { organizationId: org.id, circleId: org.generalCircleId, authorId: author.id, title, status, kind: "operational" },
      select: { id: true },
    });
    await tx.event.create({
      data: status === "open"
        ? { organizationId: org.id, circleId: org.generalCircleId, actorId: author.id, kind: "tension.raised", subjectId: tension.id, data: { title } }
        : { organizationId: org.id, actorId: author.id, kind: "tension.drafted", subjectId: tension.id },
    });
    return tension.id;
  });
}
