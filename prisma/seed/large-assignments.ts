// Who filled which role, and when: each core role filled soon after its circle appears, elections
// that hand core roles over (by decision), ordinary roles filled, refocused and left over time.
import { addAssignment, removeAssignment, updateAssignment } from "./large-ops.ts";
import { memberAt } from "./large-people.ts";
import type { PlanContext } from "./large-plan.ts";
import { addDays, dateOnly, DAY } from "./large-random.ts";
import type { PlannedCircle, PlannedRole } from "./large-structure.ts";

export type PlannedAssignment = { id: string; role: PlannedRole; membershipId: string; startedAt: Date; endedAt: Date | null };

const HOUR = 60 * 60 * 1000;
const CORE_TITLES = { lead_link: "Premier lien", rep_link: "Second lien", facilitator: "Facilitation", secretary: "Secrétariat" };

function add(p: PlanContext, role: PlannedRole, at: Date, membershipId: string, extra: { focus?: string; termEndsOn?: Date } = {}): PlannedAssignment {
  const assignment: PlannedAssignment = { id: p.rng.uuid(at), role, membershipId, startedAt: at, endedAt: null };
  const row = { id: assignment.id, roleId: role.id, membershipId, focus: extra.focus ?? null, termEndsOn: extra.termEndsOn ?? null };
  p.timeline.direct(at, (s, ctx) => addAssignment(s, ctx, row));
  return assignment;
}

function planCore(p: PlanContext, circles: PlannedCircle[], roles: PlannedRole[]): PlannedAssignment[] {
  const { rng, end } = p;
  const chains = roles.filter((role) => role.core).map((role) => {
    const circle = circles.find((c) => c.id === role.circleId)!;
    const at = rng.between(new Date(circle.createdAt.getTime() + HOUR), new Date(Math.min(addDays(circle.createdAt, 14).getTime(), end.getTime() - HOUR)));
    const holder = circle.parentId === null && role.core === "lead_link" ? p.people[0]! : memberAt(rng, p.people, at);
    return [add(p, role, at, holder.membershipId)];
  });
  const elections = Math.round(p.counts.circles * 0.5);
  for (let n = 0, attempts = 0; n < elections && attempts < elections * 4; attempts++) {
    const chain = rng.pick(chains);
    const previous = chain.at(-1)!;
    const earliest = addDays(previous.startedAt, 60);
    if (earliest.getTime() > end.getTime() - DAY) continue;
    const at = rng.between(earliest, addDays(end, -1));
    const role = previous.role;
    const holder = memberAt(rng, p.people, at, new Set([previous.membershipId]));
    if (holder.membershipId === previous.membershipId) continue;
    const termEndsOn = dateOnly(addDays(at, 730));
    const next: PlannedAssignment = { id: rng.uuid(at), role, membershipId: holder.membershipId, startedAt: at, endedAt: null };
    previous.endedAt = at;
    const title = `Élection : ${holder.name} en ${CORE_TITLES[role.core!]}`;
    const changes = [
      { kind: "assignment.remove", payload: { assignmentId: previous.id } },
      { kind: "assignment.add", payload: { roleId: role.id, membershipId: holder.membershipId, termEndsOn: termEndsOn.toISOString().slice(0, 10) } },
    ];
    p.timeline.decided(at, role.circleId, memberAt(rng, p.people, at).userId, title, changes, (s, ctx) => {
      removeAssignment(s, ctx, previous.id);
      addAssignment(s, ctx, { id: next.id, roleId: role.id, membershipId: holder.membershipId, focus: null, termEndsOn });
    });
    chain.push(next);
    n++;
  }
  return chains.flat();
}

function planOrdinary(p: PlanContext, roles: PlannedRole[], count: number): PlannedAssignment[] {
  const { rng } = p;
  const ordinary = roles.filter((role) => !role.core && role.endAt.getTime() - role.createdAt.getTime() > 4 * HOUR);
  const byRole = new Map<string, PlannedAssignment[]>();
  const planned: PlannedAssignment[] = [];
  for (let attempts = 0; planned.length < count && attempts < count * 4; attempts++) {
    const role = rng.pick(ordinary);
    const at = rng.between(new Date(role.createdAt.getTime() + HOUR), new Date(role.endAt.getTime() - 2 * HOUR));
    const others = byRole.get(role.id) ?? [];
    // Never twice the same member on a role at once: exclude whoever still holds it then.
    const busy = new Set(others.filter((a) => (a.endedAt ?? role.endAt).getTime() >= at.getTime()).map((a) => a.membershipId));
    const holder = memberAt(rng, p.people, at, busy);
    if (busy.has(holder.membershipId)) continue;
    const extra = { focus: rng.chance(0.15) ? p.names.focus() : undefined, termEndsOn: rng.chance(0.25) ? dateOnly(addDays(at, 365)) : undefined };
    const assignment = add(p, role, at, holder.membershipId, extra);
    if (rng.chance(0.12) && role.endAt.getTime() - at.getTime() > 2 * DAY) {
      const endedAt = rng.between(addDays(at, 1), new Date(role.endAt.getTime() - HOUR));
      assignment.endedAt = endedAt;
      p.timeline.direct(endedAt, (s, ctx) => removeAssignment(s, ctx, assignment.id));
    }
    byRole.set(role.id, [...others, assignment]);
    planned.push(assignment);
  }
  return planned;
}

function planUpdates(p: PlanContext, assignments: PlannedAssignment[]): void {
  const { rng } = p;
  for (let n = 0; n < Math.round(p.counts.circles * 0.4); n++) {
    const assignment = rng.pick(assignments);
    const until = (assignment.endedAt ?? assignment.role.endAt).getTime() - HOUR;
    if (until - assignment.startedAt.getTime() < 2 * HOUR) continue;
    const at = rng.between(new Date(assignment.startedAt.getTime() + HOUR), new Date(until));
    const data = rng.chance(0.5) ? { focus: p.names.focus() } : { termEndsOn: dateOnly(addDays(at, 365)) };
    p.timeline.direct(at, (s, ctx) => updateAssignment(s, ctx, assignment.id, data));
  }
}

export function planAssignments(p: PlanContext, circles: PlannedCircle[], roles: PlannedRole[]): PlannedAssignment[] {
  const core = planCore(p, circles, roles);
  const ordinary = planOrdinary(p, roles, p.counts.assignments - core.length);
  planUpdates(p, ordinary);
  return [...core, ...ordinary];
}
