// An adopted proposal from the last Interpôles meeting: « Créer le rôle Zéro déchet » in the café.
// Its round closed without objection (Jonas was absent: silence is consent), its Decision keeps
// the record, and the role it created points to that decision in the governance record.
import { dateOnly, daysAgo, pick, type SeedContext } from "./demo-kit.ts";
import type { Meetings } from "./demo-meetings.ts";

const ROLE = {
  name: "Zéro déchet",
  purpose: "Que rien de ce qui se mange ne finisse à la poubelle.",
  accountabilities: [
    "Organiser le tri et le compost du café",
    "Donner les invendus aux associations du quartier",
    "Mesurer chaque mois les déchets du café",
  ],
};

const ANSWERS = [
  { person: "malik", kind: "consent" as const, reason: "" },
  { person: "camille", kind: "consent" as const, reason: "Bonne idée ; pensons à en reparler au moment de la revue." },
];

export async function seedAdoptedDecision(ctx: SeedContext, meetings: Meetings, tensionIds: Map<string, string>): Promise<string> {
  const { tx, organizationId } = ctx;
  const user = (key: string) => pick(ctx.userIds, key);
  const circleId = pick(ctx.circleIds, "cafe");
  const adoptedAt = new Date(meetings.pastStartsAt.getTime() + 45 * 60 * 1000);
  const settings = await tx.circleProcessSettings.findUniqueOrThrow({ where: { organizationId_circleId: { organizationId, circleId } } });

  const proposal = await tx.proposal.create({
    data: { organizationId, circleId, tensionId: pick(tensionIds, "dechets"), authorId: user("malik"), status: "adopted", createdAt: daysAgo(50, ctx.now) },
    select: { id: true },
  });
  const version = await tx.proposalVersion.create({
    data: {
      organizationId, proposalId: proposal.id, number: 1, authorId: user("malik"), createdAt: daysAgo(50, ctx.now),
      title: "Créer le rôle Zéro déchet", reasons: "Le tri et les invendus ne sont la redevabilité de personne : ils ne sont donc faits par personne.",
    },
    select: { id: true },
  });
  await tx.proposalChange.create({ data: { organizationId, versionId: version.id, position: 0, kind: "role.create", payload: { circleId, ...ROLE } } });

  const participants = ["jonas", "malik", "camille"];
  const round = await tx.consentRound.create({
    data: {
      organizationId, proposalId: proposal.id, versionId: version.id, meetingId: meetings.pastId, number: 1,
      status: "closed", result: "no_objection", abstentionAllowed: settings.abstentionAllowed, absenteePolicy: settings.absenteePolicy,
      quorumPercent: settings.quorumPercent, openedAt: meetings.pastStartsAt, closedAt: adoptedAt,
    },
    select: { id: true },
  });
  await tx.roundParticipant.createMany({ data: participants.map((p) => ({ organizationId, roundId: round.id, userId: user(p), circleId })) });
  await tx.response.createMany({
    data: ANSWERS.map((a) => ({ organizationId, roundId: round.id, userId: user(a.person), kind: a.kind, reason: a.reason, createdAt: adoptedAt })),
  });

  const person = (key: string) => ({ userId: user(key), name: pick(ctx.names, key) });
  const reviewOn = dateOnly(new Date(adoptedAt.getTime() + settings.reviewPeriodDays * 24 * 60 * 60 * 1000));
  const decision = await tx.decision.create({
    data: {
      organizationId, proposalId: proposal.id, versionId: version.id, roundId: round.id, circleId, meetingId: meetings.pastId,
      facilitatorId: user("aicha"), adoptedAt, reviewOn,
      record: {
        versionNumber: 1, absenteePolicy: settings.absenteePolicy,
        participants: participants.map(person),
        answers: ANSWERS.map((a) => ({ ...person(a.person), kind: a.kind, reason: a.reason })),
        absentees: [person("jonas")],
        objections: [], concerns: [],
        facilitator: person("aicha"),
      },
    },
    select: { id: true },
  });

  // Applying the change set, as the product does on adoption: the new role and its
  // accountabilities, each RecordChange pointing to the decision.
  const role = await tx.role.create({ data: { organizationId, circleId, name: ROLE.name, purpose: ROLE.purpose, createdAt: adoptedAt }, select: { id: true } });
  const accountabilities = await tx.accountability.createManyAndReturn({
    data: ROLE.accountabilities.map((description, position) => ({ organizationId, roleId: role.id, description, position, createdAt: adoptedAt })),
    select: { id: true, description: true, position: true },
  });
  const change = { organizationId, action: "created" as const, circleId, roleId: role.id, decisionId: decision.id, actorId: user("malik"), occurredAt: adoptedAt };
  await tx.recordChange.createMany({
    data: [
      { ...change, entity: "role", entityId: role.id, after: { name: ROLE.name, purpose: ROLE.purpose, coreRole: null } },
      ...accountabilities.map((a) => ({ ...change, entity: "accountability" as const, entityId: a.id, after: { description: a.description, position: a.position } })),
    ],
  });
  ctx.roleIds.set("zero-dechet", role.id);
  return proposal.id;
}
