// What changed between two instants, as the page shows it: each change with its fields before and
// after (ids of circles, roles and members replaced by their names), who made it, and through
// which decision. Built on lib/record/history.ts's changesBetween, plus a few batched lookups.
import "server-only";
import { changesBetween, type ChangeSummary } from "@/lib/record/history";
import type { Db } from "@/lib/server/db";
import { fieldChanges, REFERENCE_FIELDS, type FieldChange } from "./diff";

export const CHANGES_PER_PAGE = 25;

export type ChangeItem = ChangeSummary & { actorName: string | null; fields: FieldChange[] };
export type ChangesPage = { items: ChangeItem[]; nextCursor: string | null };

async function namesOf(db: Db, organizationId: string, ids: { circles: Set<string>; roles: Set<string>; members: Set<string>; users: Set<string> }) {
  const [circles, roles, memberships, users] = await Promise.all([
    db.circle.findMany({ where: { organizationId, id: { in: [...ids.circles] } }, select: { id: true, name: true } }),
    db.role.findMany({ where: { organizationId, id: { in: [...ids.roles] } }, select: { id: true, name: true } }),
    db.membership.findMany({ where: { organizationId, id: { in: [...ids.members] } }, select: { id: true, user: { select: { name: true } } } }),
    // Only people who are or were members of this organisation are named.
    db.user.findMany({ where: { id: { in: [...ids.users] }, memberships: { some: { organizationId } } }, select: { id: true, name: true } }),
  ]);
  return {
    reference: new Map<string, string>([
      ...circles.map((c) => [c.id, c.name] as const),
      ...roles.map((r) => [r.id, r.name] as const),
      ...memberships.map((m) => [m.id, m.user.name] as const),
    ]),
    users: new Map(users.map((u) => [u.id, u.name])),
  };
}

export async function changesPage(db: Db, organizationId: string, start: Date, end: Date, cursor: string | null): Promise<ChangesPage> {
  const page = await changesBetween(db, organizationId, start, end, { cursor: cursor ?? undefined, take: CHANGES_PER_PAGE });
  // changesBetween leaves the snapshots out; one query fetches them for this page only.
  const snapshots = await db.recordChange.findMany({
    where: { organizationId, id: { in: page.items.map((item) => item.id) } },
    select: { id: true, before: true, after: true },
  });
  const byId = new Map(snapshots.map((row) => [row.id, fieldChanges(row.before, row.after)]));
  const ids = { circles: new Set<string>(), roles: new Set<string>(), members: new Set<string>(), users: new Set<string>() };
  for (const item of page.items) {
    if (item.actorId) ids.users.add(item.actorId);
    for (const change of byId.get(item.id) ?? []) {
      if (!REFERENCE_FIELDS.has(change.field)) continue;
      const target = change.field === "roleId" ? ids.roles : change.field === "membershipId" ? ids.members : ids.circles;
      for (const value of [change.before, change.after]) if (value) target.add(value);
    }
  }
  const names = await namesOf(db, organizationId, ids);
  const named = (field: FieldChange): FieldChange =>
    REFERENCE_FIELDS.has(field.field)
      ? { ...field, before: field.before && (names.reference.get(field.before) ?? field.before), after: field.after && (names.reference.get(field.after) ?? field.after) }
      : field;
  return {
    items: page.items.map((item) => ({
      ...item,
      actorName: item.actorId ? (names.users.get(item.actorId) ?? null) : null,
      fields: (byId.get(item.id) ?? []).map(named),
    })),
    nextCursor: page.nextCursor,
  };
}
