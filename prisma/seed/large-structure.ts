// The structure of the large organisation and when each part appeared: the general circle at the
// start, poles in the first weeks, then circles nested up to five levels, ordinary roles with
// their accountabilities (some added later), domains and policies.
import { addDays, distribute, DAY } from "./large-random.ts";
import { CORE_ROLES, addAccountability, addCircleItem, createCircle, createRole, type CoreRoleKind } from "./large-ops.ts";
import { memberAt } from "./large-people.ts";
import type { PlanContext } from "./large-plan.ts";

export const MAX_LEVEL = 5;

export type PlannedCircle = { id: string; parentId: string | null; level: number; kind: string; name: string; createdAt: Date; coreRoleIds: Record<CoreRoleKind, string> };
export type PlannedRole = {
  id: string; circleId: string; name: string; core: CoreRoleKind | null; createdAt: Date;
  /** When it is archived, or the end of the history. */
  endAt: Date; archived: boolean; accountabilities: { id: string; createdAt: Date }[];
};

const SETTINGS = [
  { preset: "holacracy" }, { preset: "holacracy" }, { preset: "sociocracy_for_all", abstentionAllowed: true, absenteePolicy: "wait_for_all" },
  { preset: "sociocracy_3_0", quorumPercent: 50, reviewPeriodDays: 365 }, { preset: "custom", absenteePolicy: "input_beforehand", objectionTester: "facilitator_or_lead_link" },
];

function kindAt(p: PlanContext, level: number, index: number, poles: number): string {
  if (level === 2) return index <= poles ? "pole" : p.rng.pick(["support_function", "group"]);
  const roll = p.rng.next();
  return roll < 0.45 ? "project" : roll < 0.7 ? "group" : "support_function";
}

function planCircles(p: PlanContext): PlannedCircle[] {
  const { rng, start, end } = p;
  const coreIds = (at: Date) => Object.fromEntries(CORE_ROLES.map((core) => [core, rng.uuid(at)])) as Record<CoreRoleKind, string>;
  const root: PlannedCircle = { id: rng.uuid(start), parentId: null, level: 1, kind: "general", name: "Cercle général", createdAt: start, coreRoleIds: coreIds(start) };
  const circles = [root];
  const poles = Math.min(12, Math.max(2, Math.round(p.counts.circles / 45)));
  const horizon = addDays(end, -90);
  const weight = [0, 0.3, 3, 2, 1];
  for (let index = 1; index < p.counts.circles; index++) {
    let parent = root;
    if (index > poles) {
      const eligible = circles.filter((c) => c.level < MAX_LEVEL);
      let roll = rng.next() * eligible.reduce((sum, c) => sum + (weight[c.level] ?? 0), 0);
      parent = eligible.find((c) => (roll -= weight[c.level] ?? 0) < 0) ?? root;
    }
    const level = parent.level + 1;
    const kind = kindAt(p, level, index, poles);
    const span = Math.max(DAY, horizon.getTime() - parent.createdAt.getTime());
    const createdAt = kind === "pole" ? rng.between(addDays(start, 1), addDays(start, 60)) : new Date(parent.createdAt.getTime() + DAY + span * 0.8 * Math.pow(rng.next(), 1.6));
    const circle: PlannedCircle = { id: rng.uuid(createdAt), parentId: parent.id, level, kind, name: p.names.circle(kind), createdAt, coreRoleIds: coreIds(createdAt) };
    circles.push(circle);
    const purpose = p.names.purpose();
    const settings = { ...rng.pick(SETTINGS) };
    p.timeline.direct(createdAt, (s, ctx) =>
      createCircle(s, ctx, { id: circle.id, parentId: parent.id, kind, name: circle.name, purpose, settingsId: rng.uuid(createdAt), settings, coreRoleIds: circle.coreRoleIds }, p.coreNames));
  }
  p.timeline.direct(start, (s, ctx) => {
    createCircle(s, ctx, { id: root.id, parentId: null, kind: "general", name: root.name, purpose: "Que la coopérative vive de ses communs.", settingsId: rng.uuid(start), settings: {}, coreRoleIds: root.coreRoleIds }, p.coreNames);
    s.rawEvent(ctx, "organization.created", null, s.organizationId, { name: p.organizationName, slug: p.slug });
  });
  for (const circle of circles) for (const core of CORE_ROLES) p.names.reserveRole(circle.id, p.coreNames[core]);
  return circles;
}

function planRoles(p: PlanContext, circles: PlannedCircle[]): PlannedRole[] {
  const { rng, end } = p;
  const roles: PlannedRole[] = circles.flatMap((circle) =>
    CORE_ROLES.map((core) => ({ id: circle.coreRoleIds[core], circleId: circle.id, name: p.coreNames[core], core, createdAt: circle.createdAt, endAt: end, archived: false, accountabilities: [] })));
  const perCircle = distribute(rng, p.counts.ordinaryRoles, circles.length, 1, 14);
  const perRole = distribute(rng, p.counts.accountabilities, p.counts.ordinaryRoles, 3, 16);
  let roleIndex = 0;
  circles.forEach((circle, circleIndex) => {
    for (let n = 0; n < perCircle[circleIndex]!; n++) {
      const span = end.getTime() - 30 * DAY - circle.createdAt.getTime();
      const createdAt = new Date(circle.createdAt.getTime() + 60 * 60 * 1000 + Math.max(0, span) * Math.pow(rng.next(), 2.2));
      const archived = end.getTime() - createdAt.getTime() > 60 * DAY && rng.chance(0.035);
      const endAt = archived ? rng.between(addDays(createdAt, 30), addDays(end, -1)) : end;
      const role: PlannedRole = { id: rng.uuid(createdAt), circleId: circle.id, name: p.names.role(circle.id), core: null, createdAt, endAt, archived, accountabilities: [] };
      roles.push(role);
      planOrdinaryRole(p, circle, role, perRole[roleIndex++]!);
    }
  });
  return roles;
}

function planOrdinaryRole(p: PlanContext, circle: PlannedCircle, role: PlannedRole, count: number): void {
  const { rng } = p;
  const initial = Math.min(count, Math.max(2, Math.ceil(count * 0.75)));
  const hour = 60 * 60 * 1000;
  const canAddLater = role.endAt.getTime() - role.createdAt.getTime() > 4 * hour;
  const accountabilities = Array.from({ length: count }, (_, index) => {
    const createdAt = index < initial || !canAddLater ? role.createdAt : rng.between(new Date(role.createdAt.getTime() + hour), new Date(role.endAt.getTime() - hour));
    return { id: rng.uuid(createdAt), createdAt, description: p.names.accountability() };
  });
  role.accountabilities = accountabilities;
  const atCreation = accountabilities.filter((a) => a.createdAt === role.createdAt);
  const domains = rng.chance(0.2) ? [{ id: rng.uuid(role.createdAt), name: p.names.domain(circle.id), description: "" }] : [];
  const newRole = { id: role.id, circleId: circle.id, name: role.name, purpose: p.names.purpose(), accountabilities: atCreation, domains };
  if (role.createdAt.getTime() - circle.createdAt.getTime() > 90 * DAY && rng.chance(0.5)) {
    const payload = {
      circleId: circle.id, name: role.name, purpose: newRole.purpose,
      accountabilities: atCreation.map((a) => a.description), domains: domains.map(({ name, description }) => ({ name, description })),
    };
    p.timeline.decided(role.createdAt, circle.id, memberAt(rng, p.people, role.createdAt).userId, `Créer le rôle « ${role.name} »`, [{ kind: "role.create", payload }], (s, ctx) => createRole(s, ctx, newRole));
  } else {
    p.timeline.direct(role.createdAt, (s, ctx) => createRole(s, ctx, newRole));
  }
  for (const a of accountabilities) {
    if (a.createdAt === role.createdAt) continue;
    const run = (s: Parameters<typeof addAccountability>[0], ctx: Parameters<typeof addAccountability>[1]) => addAccountability(s, ctx, role.id, a.id, a.description);
    if (rng.chance(0.2)) {
      p.timeline.decided(a.createdAt, circle.id, memberAt(rng, p.people, a.createdAt).userId, `Ajouter une redevabilité au rôle « ${role.name} »`, [{ kind: "accountability.add", payload: { roleId: role.id, description: a.description } }], run);
    } else p.timeline.direct(a.createdAt, run);
  }
}

function planCircleItems(p: PlanContext, circles: PlannedCircle[]): void {
  const { rng, end } = p;
  const policies = distribute(rng, p.counts.circles, circles.length, 0, 3);
  circles.forEach((circle, index) => {
    const after = () => rng.between(new Date(circle.createdAt.getTime() + 60 * 60 * 1000), end);
    for (let n = 0; n < policies[index]!; n++) {
      const { title, body } = p.names.policy();
      p.timeline.direct(after(), (s, ctx) => addCircleItem(s, ctx, "policy", circle.id, rng.uuid(ctx.at), title, body));
    }
    if (rng.chance(0.3)) {
      const name = p.names.domain(circle.id);
      p.timeline.direct(after(), (s, ctx) => addCircleItem(s, ctx, "domain", circle.id, rng.uuid(ctx.at), name, "Tenu par le cercle lui-même."));
    }
  });
}

export function planStructure(p: PlanContext): { circles: PlannedCircle[]; roles: PlannedRole[] } {
  const circles = planCircles(p);
  const roles = planRoles(p, circles);
  planCircleItems(p, circles);
  return { circles, roles };
}
