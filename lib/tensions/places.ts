// Where a tension can be raised: the organisation's active circles (the general circle first,
// then by name) and their active roles. Read for the form's selects; the mutation checks the
// chosen ones again, under lock.
import "server-only";
import { db } from "@/lib/server/db";
import type { Place } from "./preselect";


export async function listPlaces(organizationId: string): Promise<Place[]> {
  const [circles, roles] = await Promise.all([
    db.circle.findMany({ where: { organizationId, archivedAt: null }, select: { id: true, name: true, kind: true } }),
    db.role.findMany({
      where: { organizationId, archivedAt: null, circle: { archivedAt: null } },
      select: { id: true, name: true, circleId: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
  ]);
  const collator = new Intl.Collator("fr", { sensitivity: "base" });
  return circles
    .map((circle) => ({
      id: circle.id,
      name: circle.name,
      isGeneral: circle.kind === "general",
      roles: roles.filter((role) => role.circleId === circle.id).map(({ id, name }) => ({ id, name })),
    }))
    .sort((a, b) => Number(b.isGeneral) - Number(a.isGeneral) || collator.compare(a.name, b.name));
}
