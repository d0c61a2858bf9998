// The later life of the record: roles renamed or given a clearer purpose, accountabilities
// reworded, circles renamed, roles archived. About half of them were decided by consent (a
// Decision with its proposal), the rest are direct edits by the admin.
import { archiveRole, updateAccountability, updateCircle, updateRole } from "./large-ops.ts";
import { memberAt } from "./large-people.ts";
import type { PlanContext } from "./large-plan.ts";
import type { Op, StoredChange } from "./large-timeline.ts";
import { addDays, DAY } from "./large-random.ts";
import type { PlannedCircle, PlannedRole } from "./large-structure.ts";

const HOUR = 60 * 60 * 1000;

/** Half by decision (in `circleId`), half as a direct edit. */
function record(p: PlanContext, at: Date, circleId: string, title: string, change: StoredChange, run: Op["run"]): void {
  if (p.rng.chance(0.5)) p.timeline.decided(at, circleId, memberAt(p.rng, p.people, at).userId, title, [change], run);
  else p.timeline.direct(at, run);
}

function within(p: PlanContext, from: Date, to: Date): Date | null {
  if (to.getTime() - from.getTime() < 3 * HOUR) return null;
  return p.rng.between(new Date(from.getTime() + HOUR), new Date(to.getTime() - HOUR));
}

function planRoleChanges(p: PlanContext, ordinary: PlannedRole[]): void {
  const { rng } = p;
  for (let n = 0; n < Math.round(p.counts.circles * 0.8); n++) {
    const role = rng.pick(ordinary);
    const at = within(p, role.createdAt, role.endAt);
    if (!at) continue;
    if (rng.chance(0.6)) {
      const name = p.names.renamedRole(role.circleId, role.name);
      record(p, at, role.circleId, `Renommer un rôle en « ${name} »`, { kind: "role.update", payload: { roleId: role.id, name } }, (s, ctx) => updateRole(s, ctx, role.id, { name }));
    } else {
      const purpose = p.names.purpose();
      record(p, at, role.circleId, "Préciser la raison d’être d’un rôle", { kind: "role.update", payload: { roleId: role.id, purpose } }, (s, ctx) => updateRole(s, ctx, role.id, { purpose }));
    }
  }
  for (let n = 0; n < p.counts.circles * 2; n++) {
    const role = rng.pick(ordinary);
    const accountability = rng.pick(role.accountabilities);
    const at = within(p, accountability.createdAt, role.endAt);
    if (!at) continue;
    const description = p.names.accountability();
    const change = { kind: "accountability.update", payload: { accountabilityId: accountability.id, description } };
    record(p, at, role.circleId, `Reformuler une redevabilité : « ${description} »`, change, (s, ctx) => updateAccountability(s, ctx, accountability.id, description));
  }
  for (const role of ordinary) {
    if (!role.archived) continue;
    record(p, role.endAt, role.circleId, "Archiver un rôle sans activité", { kind: "role.archive", payload: { roleId: role.id } }, (s, ctx) => archiveRole(s, ctx, role.id));
  }
}

function planCircleChanges(p: PlanContext, circles: PlannedCircle[]): void {
  const { rng, end } = p;
  const nested = circles.filter((circle) => circle.parentId !== null);
  for (let n = 0; n < Math.round(p.counts.circles * 0.2); n++) {
    const circle = rng.pick(nested);
    const at = within(p, addDays(circle.createdAt, 1), end);
    if (!at || end.getTime() - circle.createdAt.getTime() < 2 * DAY) continue;
    const data = rng.chance(0.3) ? { name: p.names.circle(circle.kind) } : { purpose: p.names.purpose() };
    const title = data.name ? `Renommer un cercle en « ${data.name} »` : "Préciser la raison d’être d’un cercle";
    record(p, at, circle.parentId!, title, { kind: "circle.update", payload: { circleId: circle.id, ...data } }, (s, ctx) => updateCircle(s, ctx, circle.id, data));
  }
}

export function planHistory(p: PlanContext, circles: PlannedCircle[], roles: PlannedRole[]): void {
  planRoleChanges(p, roles.filter((role) => !role.core && role.accountabilities.length > 0));
  planCircleChanges(p, circles);
}
