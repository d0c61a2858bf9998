// Work under way in the large organisation, for the benchmark's tensions list, proposal page,
// consent round page and answers (scripts/bench/): tensions in every state, proposals in their
// reactions step, and open consent rounds in circles the admin belongs to, each with the circle's
// members as participants and a few answers already in. Planned with a PRNG of its own, after the
// rest, so the structure and history planned before stay exactly as they were.
import type pg from "pg";
import type { LargePlan } from "./large-plan.ts";
import type { Person } from "./large-people.ts";
import { addDays, createRng, DAY } from "./large-random.ts";
import { insert } from "./large-write.ts";

const TENSION_TITLES = [
  "Les comptes rendus arrivent trop tard", "Personne ne sait qui commande les fournitures", "Le planning des salles se chevauche",
  "Les nouvelles personnes ne trouvent pas les procédures", "Les relances aux fournisseurs se perdent", "Le budget du cercle n’est pas suivi",
  "Les demandes des adhérent·es restent sans réponse", "Deux rôles font le même travail", "La newsletter part sans relecture",
  "Les clés du local circulent sans registre",
];
const STATUSES = ["open", "open", "open", "open", "processing", "processing", "resolved", "resolved", "dropped", "draft"] as const;
const ACCOUNTABILITIES = ["Publier le compte rendu sous 48 heures", "Tenir le registre des clés", "Relire la newsletter avant envoi", "Répondre aux adhérent·es sous une semaine"];
/** Rounds open well past any benchmark run on a seed of the day, so the deadline sweep leaves them open. */
const ROUND_DAYS = 90;

type Owned = { id: string; organizationId: string };
type ProposalRow = Owned & { circleId: string; tensionId: string | null; authorId: string; status: string; step: string; deadlineAt: Date | null; createdAt: Date; updatedAt: Date };
type VersionRow = Owned & { proposalId: string; number: number; title: string; reasons: string; authorId: string; createdAt: Date };
type ChangeRow = Owned & { versionId: string; position: number; kind: string; payload: string };
type LinkRow = Owned & { proposalId: string; circleId: string };
type RoundRow = Owned & { proposalId: string; versionId: string; abstentionAllowed: boolean; absenteePolicy: string; quorumPercent: number | null; openedAt: Date; deadlineAt: Date };
type ParticipantRow = Owned & { roundId: string; userId: string; circleId: string };
type ResponseRow = Owned & { roundId: string; userId: string; createdAt: Date };

export function planProcess(plan: LargePlan, now: Date) {
  const { organization, store, people, circleMemberships } = plan;
  const organizationId = organization.id;
  const rng = createRng(`interpoles-large-process:${organization.slug}`);
  const admin = people[0]!;
  const userOf = new Map(people.map((p) => [p.membershipId, p]));
  const circles = [...store.circles.values()].filter((c) => c.archivedAt === null);
  const byCircle = new Map<string, Person[]>();
  for (const m of circleMemberships) {
    const person = userOf.get(m.membershipId);
    if (person && person.permission !== "observer") byCircle.set(m.circleId, [...(byCircle.get(m.circleId) ?? []), person]);
  }
  const members = (circleId: string) => byCircle.get(circleId) ?? [];
  const authors = people.filter((p) => p.permission !== "observer");
  const ordinaryRole = (circleId: string) => [...store.roles.values()].find((r) => r.circleId === circleId && r.coreRole === null && r.archivedAt === null);

  const tensions = Array.from({ length: circles.length * 2 }, () => {
    const circle = rng.pick(circles);
    const createdAt = rng.between(addDays(now, -365), addDays(now, -1));
    return {
      id: rng.uuid(createdAt), organizationId, circleId: circle.id, authorId: rng.pick(authors).userId,
      title: rng.pick(TENSION_TITLES), whatIs: "Ce qui se passe aujourd’hui, tel que je le vis dans mon rôle.",
      whatCouldBe: "Ce qui pourrait se passer si le cercle clarifiait qui s’en charge.", status: rng.pick(STATUSES), createdAt, updatedAt: createdAt,
    };
  });

  // Circles (other than the general one, where everyone is) the admin belongs to, with room for a round.
  const adminCircles = circles.filter((c) => c.parentId !== null && ordinaryRole(c.id) && members(c.id).some((p) => p.userId === admin.userId) && members(c.id).length >= 3);
  const proposals: ProposalRow[] = [], versions: VersionRow[] = [], changes: ChangeRow[] = [], links: LinkRow[] = [];
  const rounds: RoundRow[] = [], participants: ParticipantRow[] = [], responses: ResponseRow[] = [];
  for (const [index, circle] of adminCircles.slice(0, 24).entries()) {
    const inRound = index % 6 !== 5;
    const author = rng.pick(members(circle.id).filter((p) => p.userId !== admin.userId));
    const createdAt = new Date(now.getTime() - rng.int(3, 10) * DAY);
    const tension = tensions.find((t) => t.circleId === circle.id && t.status === "open");
    if (tension) tension.status = "processing";
    const proposal = {
      id: rng.uuid(createdAt), organizationId, circleId: circle.id, tensionId: tension?.id ?? null, authorId: author.userId, status: "in_process",
      step: inRound ? "consent_round" : "reactions", deadlineAt: inRound ? addDays(now, ROUND_DAYS) : null, createdAt, updatedAt: createdAt,
    };
    const version = { id: rng.uuid(createdAt), organizationId, proposalId: proposal.id, number: 1, title: tension?.title ?? rng.pick(TENSION_TITLES), reasons: "Le cercle en parle depuis des semaines : il faut que quelqu’un s’en charge.", authorId: author.userId, createdAt };
    proposals.push(proposal);
    versions.push(version);
    links.push({ id: rng.uuid(createdAt), organizationId, proposalId: proposal.id, circleId: circle.id });
    changes.push({ id: rng.uuid(createdAt), organizationId, versionId: version.id, position: 0, kind: "accountability.add", payload: JSON.stringify({ roleId: ordinaryRole(circle.id)!.id, description: rng.pick(ACCOUNTABILITIES) }) });
    if (!inRound) continue;
    const settings = store.settings.find((s) => s.circleId === circle.id)!;
    const openedAt = new Date(now.getTime() - 2 * DAY);
    const round = { id: rng.uuid(openedAt), organizationId, proposalId: proposal.id, versionId: version.id, abstentionAllowed: settings.abstentionAllowed, absenteePolicy: settings.absenteePolicy, quorumPercent: settings.quorumPercent, openedAt, deadlineAt: proposal.deadlineAt! };
    rounds.push(round);
    members(circle.id).forEach((p, position) => {
      participants.push({ id: rng.uuid(openedAt), organizationId, roundId: round.id, userId: p.userId, circleId: circle.id });
      // A third have consented already; never the admin, whose answer the benchmark's pages show missing.
      if (position % 3 === 1 && p.userId !== admin.userId) responses.push({ id: rng.uuid(openedAt), organizationId, roundId: round.id, userId: p.userId, createdAt: new Date(openedAt.getTime() + position * 60_000) });
    });
  }
  return { tensions, proposals, versions, changes, links, rounds, participants, responses };
}

type Rows = ReturnType<typeof planProcess>;
type Row<K extends keyof Rows> = Rows[K][number];

export async function writeProcess(client: pg.ClientBase, rows: Rows): Promise<void> {
  const id = <T extends Owned>(): [string, string, (r: T) => unknown][] => [["id", "uuid", (r) => r.id], ["organizationId", "uuid", (r) => r.organizationId]];
  await insert<Row<"tensions">>(client, "Tension", [...id(), ["circleId", "uuid", (t) => t.circleId], ["authorId", "uuid", (t) => t.authorId], ["title", "text", (t) => t.title],
    ["whatIs", "text", (t) => t.whatIs], ["whatCouldBe", "text", (t) => t.whatCouldBe], ["status", '"TensionStatus"', (t) => t.status],
    ["createdAt", "timestamptz", (t) => t.createdAt], ["updatedAt", "timestamptz", (t) => t.updatedAt]], rows.tensions);
  await insert<Row<"proposals">>(client, "Proposal", [...id(), ["circleId", "uuid", (p) => p.circleId], ["tensionId", "uuid", (p) => p.tensionId], ["authorId", "uuid", (p) => p.authorId],
    ["status", '"ProposalStatus"', (p) => p.status], ["step", '"ProcessStep"', (p) => p.step], ["deadlineAt", "timestamptz", (p) => p.deadlineAt],
    ["createdAt", "timestamptz", (p) => p.createdAt], ["updatedAt", "timestamptz", (p) => p.updatedAt]], rows.proposals);
  await insert<Row<"versions">>(client, "ProposalVersion", [...id(), ["proposalId", "uuid", (v) => v.proposalId], ["number", "int", (v) => v.number], ["title", "text", (v) => v.title],
    ["reasons", "text", (v) => v.reasons], ["authorId", "uuid", (v) => v.authorId], ["createdAt", "timestamptz", (v) => v.createdAt]], rows.versions);
  await insert<Row<"changes">>(client, "ProposalChange", [...id(), ["versionId", "uuid", (c) => c.versionId], ["position", "int", (c) => c.position], ["kind", "text", (c) => c.kind], ["payload", "jsonb", (c) => c.payload]], rows.changes);
  await insert<Row<"links">>(client, "ProposalCircle", [...id(), ["proposalId", "uuid", (l) => l.proposalId], ["circleId", "uuid", (l) => l.circleId]], rows.links);
  await insert<Row<"rounds">>(client, "ConsentRound", [...id(), ["proposalId", "uuid", (r) => r.proposalId], ["versionId", "uuid", (r) => r.versionId], ["number", "int", () => 1],
    ["status", '"RoundStatus"', () => "open"], ["abstentionAllowed", "boolean", (r) => r.abstentionAllowed], ["absenteePolicy", '"AbsenteePolicy"', (r) => r.absenteePolicy],
    ["quorumPercent", "int", (r) => r.quorumPercent], ["openedAt", "timestamptz", (r) => r.openedAt], ["deadlineAt", "timestamptz", (r) => r.deadlineAt]], rows.rounds);
  await insert<Row<"participants">>(client, "RoundParticipant", [...id(), ["roundId", "uuid", (p) => p.roundId], ["userId", "uuid", (p) => p.userId], ["circleId", "uuid", (p) => p.circleId]], rows.participants);
  await insert<Row<"responses">>(client, "Response", [...id(), ["roundId", "uuid", (r) => r.roundId], ["userId", "uuid", (r) => r.userId], ["kind", '"ResponseKind"', () => "consent"], ["createdAt", "timestamptz", (r) => r.createdAt]], rows.responses);
}
