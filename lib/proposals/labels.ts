// How the editor and the pages name what a change points to: every id of the loaded record, and
// every ref the change set creates ("ref:role-1" → the name typed in that change).
import type { ChangeInput } from "@/lib/record/changes";
import type { RecordSnapshot } from "./record-snapshot";

export type Labels = Map<string, string>;

export function recordLabels(record: RecordSnapshot, changes: readonly ChangeInput[] = []): Labels {
  const labels: Labels = new Map();
  const circles = new Map(record.circles.map((circle) => [circle.id, circle.name]));
  const roles = new Map(record.roles.map((role) => [role.id, role.name]));
  const members = new Map(record.members.map((member) => [member.id, member.name]));
  for (const circle of record.circles) labels.set(circle.id, circle.name);
  for (const role of record.roles) labels.set(role.id, `${role.name} (${circles.get(role.circleId) ?? "?"})`);
  for (const row of record.accountabilities) labels.set(row.id, `${row.description} (${roles.get(row.roleId) ?? "?"})`);
  for (const row of record.domains) labels.set(row.id, `${row.name} (${row.roleId ? roles.get(row.roleId) : circles.get(row.circleId)})`);
  for (const row of record.policies) labels.set(row.id, `${row.title} (${circles.get(row.circleId) ?? "?"})`);
  for (const row of record.assignments) labels.set(row.id, `${members.get(row.membershipId) ?? "?"} — ${roles.get(row.roleId) ?? "?"}`);
  for (const member of record.members) labels.set(member.id, member.name);
  for (const change of changes) {
    const { ref } = change as { ref?: string };
    if (!ref) continue;
    const named = change as { name?: string; title?: string; description?: string };
    labels.set(`ref:${ref}`, named.name ?? named.title ?? named.description ?? ref);
  }
  return labels;
}

/** The refs a change set creates for one kind of entity, to offer them in later changes' selects. */
export function createdRefs(changes: readonly ChangeInput[], kind: "circle.create" | "role.create"): { value: string; name: string }[] {
  return changes.flatMap((change) => {
    if (change.kind !== kind || !change.ref) return [];
    return [{ value: `ref:${change.ref}`, name: change.name }];
  });
}
