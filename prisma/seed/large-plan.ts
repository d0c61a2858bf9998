// Plans the whole large organisation in memory: people, structure, assignments and later
// changes on one timeline, then plays the timeline to get every row, current and historical.
import { createHash } from "node:crypto";
import { planAssignments, type PlannedAssignment } from "./large-assignments.ts";
import { planHistory } from "./large-history.ts";
import { Names } from "./large-names.ts";
import type { CoreRoleKind } from "./large-ops.ts";
import { invitationRows, planPeople, type Person } from "./large-people.ts";
import { addDays, createRng, dateOnly, type Rng } from "./large-random.ts";
import { RecordStore } from "./large-record.ts";
import { planStructure, type PlannedCircle } from "./large-structure.ts";
import { Timeline } from "./large-timeline.ts";

export type LargeScale = "large" | "small" | number;
export type LargeOptions = { scale?: LargeScale; slug?: string; name?: string };

export type Counts = { circles: number; roles: number; ordinaryRoles: number; accountabilities: number; members: number; assignments: number };

/** Everything grows with the number of circles: 500 circles give 5,000 roles, 25,000 accountabilities, 2,000 members. */
export function countsFor(circles: number): Counts {
  return { circles, roles: circles * 10, ordinaryRoles: circles * 6, accountabilities: circles * 50, members: circles * 4, assignments: circles * 12 };
}

export function resolveOptions(options: LargeOptions = {}): { slug: string; name: string; emailDomain: string; counts: Counts } {
  const scale = options.scale ?? "large";
  const circles = scale === "large" ? 500 : scale === "small" ? 10 : Math.max(3, Math.trunc(scale));
  const slug = options.slug ?? (scale === "small" ? "petite-coop" : "grande-coop");
  const name = options.name ?? (slug === "petite-coop" ? "Petite Coop" : slug === "grande-coop" ? "Grande Coop" : slug);
  return { slug, name, emailDomain: `${slug}.test`, counts: countsFor(circles) };
}

export type PlanContext = {
  rng: Rng; names: Names; timeline: Timeline; people: Person[]; start: Date; end: Date; counts: Counts;
  coreNames: Record<CoreRoleKind, string>; organizationName: string; slug: string;
};

const CORE_NAMES: Record<CoreRoleKind, string> = { lead_link: "Premier lien", rep_link: "Second lien", facilitator: "Facilitation", secretary: "Secrétariat" };

/** Circle memberships: everyone in the general circle (as accepting an invitation does), and in each circle where they fill a role. */
function circleMemberships(rng: Rng, organizationId: string, people: Person[], circles: PlannedCircle[], assignments: PlannedAssignment[]) {
  const root = circles[0]!;
  const joined = new Map<string, { circleId: string; membershipId: string; joinedAt: Date }>();
  const join = (circleId: string, membershipId: string, joinedAt: Date) => {
    const key = `${circleId}:${membershipId}`;
    const known = joined.get(key);
    if (!known || known.joinedAt > joinedAt) joined.set(key, { circleId, membershipId, joinedAt });
  };
  for (const person of people) join(root.id, person.membershipId, person.joinedAt);
  for (const assignment of assignments) join(assignment.role.circleId, assignment.membershipId, assignment.startedAt);
  return [...joined.values()].map((row) => ({ id: rng.uuid(row.joinedAt), organizationId, ...row }));
}

export function planLarge(options: LargeOptions, now: Date) {
  const { slug, name, emailDomain, counts } = resolveOptions(options);
  const rng = createRng(`interpoles-large:${slug}:${counts.circles}`);
  const names = new Names(rng);
  // Three years of history, ending yesterday; hours in the working day.
  const end = new Date(dateOnly(now).getTime() - 6 * 60 * 60 * 1000);
  const start = new Date(addDays(dateOnly(now), -3 * 365).getTime() + 9 * 60 * 60 * 1000);
  const organization = { id: rng.uuid(start), slug, name, governanceEditMode: "direct_edits_by_admins", createdAt: new Date(start.getTime() - 60 * 60 * 1000), updatedAt: start };
  const people = planPeople(rng, names, counts.members, emailDomain, start, end);
  const timeline = new Timeline(rng, organization.id, people[0]!.userId);
  const p: PlanContext = { rng, names, timeline, people, start, end, counts, coreNames: CORE_NAMES, organizationName: name, slug };
  const { circles, roles } = planStructure(p);
  const assignments = planAssignments(p, circles, roles);
  planHistory(p, circles, roles);

  const store = new RecordStore(rng, organization.id);
  timeline.play(store);
  const invitations = invitationRows(store, people, (person) => createHash("sha256").update(`large-seed:${person.invitationId}`).digest("hex"));
  return {
    organization, counts, people, store, timeline, invitations,
    circleMemberships: circleMemberships(rng, organization.id, people, circles, assignments),
    adminEmail: people[0]!.email,
  };
}

export type LargePlan = ReturnType<typeof planLarge>;
