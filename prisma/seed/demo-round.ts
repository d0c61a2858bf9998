// A transversal (Interpôles) proposal in its consent round: « Un planning unique pour toutes les
// salles ». Version 2 came out of the reactions; the round on it is open, two participants
// consented, Léna changed her consent into an objection (pending its test) and Solène has not
// answered yet.
import { daysAgo, daysFromNow, pick, type SeedContext } from "./demo-kit.ts";

const AFFECTED = ["coworking", "culture", "atelier"];
/** Who answers, and for which affected circle: the proposer and the circles' representatives. */
const PARTICIPANTS = [
  { person: "bastien", circle: "coworking" },
  { person: "aicha", circle: "atelier" },
  { person: "lena", circle: "culture" },
  { person: "solene", circle: "culture" },
];
const OBJECTION_REASON =
  "La grande salle se réserve six mois à l’avance pour les tournées d’artistes ; si son planning passe au coworking, " +
  "la Programmation perd la main sur son domaine et le festival ne pourra plus bloquer ses dates à temps.";

export async function seedOpenRound(ctx: SeedContext, tensionIds: Map<string, string>): Promise<string> {
  const { tx, organizationId, now } = ctx;
  const user = (key: string) => pick(ctx.userIds, key);
  const circleId = pick(ctx.circleIds, "general");
  const settings = await tx.circleProcessSettings.findUniqueOrThrow({ where: { organizationId_circleId: { organizationId, circleId } } });
  const deadlineAt = daysFromNow(3, now, 20);

  const proposal = await tx.proposal.create({
    data: {
      organizationId, circleId, tensionId: pick(tensionIds, "salles"), authorId: user("bastien"), status: "in_process",
      step: "consent_round", isInterpoles: true, currentVersion: 2, deadlineAt, createdAt: daysAgo(15, now),
    },
    select: { id: true },
  });
  await tx.proposalCircle.createMany({ data: AFFECTED.map((key) => ({ organizationId, proposalId: proposal.id, circleId: pick(ctx.circleIds, key) })) });

  const accountability = "Tenir le planning unique des salles du bâtiment";
  const versions = [
    { number: 1, daysAgo: 15, title: "Un planning unique pour toutes les salles", extra: [] as { kind: string; payload: object }[] },
    { number: 2, daysAgo: 4, title: "Un planning unique pour toutes les salles, réservable en ligne", extra: [{
      kind: "policy.add",
      payload: { circleId, title: "Réservation des salles", body: "Toute salle du bâtiment se réserve dans le planning unique, au plus tard 48 heures à l’avance." },
    }] },
  ];
  let currentVersionId = "";
  for (const v of versions) {
    const version = await tx.proposalVersion.create({
      data: {
        organizationId, proposalId: proposal.id, number: v.number, title: v.title, authorId: user("bastien"), createdAt: daysAgo(v.daysAgo, now),
        reasons: "Trois plannings pour les mêmes salles, ce sont des doublons chaque mois et des soirées gâchées.",
      },
      select: { id: true },
    });
    await tx.proposalChange.createMany({
      data: [
        { kind: "accountability.add", payload: { roleId: pick(ctx.roleIds, "accueil-cowork"), description: accountability } },
        ...v.extra,
      ].map((change, position) => ({ organizationId, versionId: version.id, position, ...change })),
    });
    currentVersionId = version.id;
  }

  const comment = { organizationId, proposalId: proposal.id };
  await tx.comment.createMany({
    data: [
      { ...comment, authorId: user("solene"), kind: "clarifying_question", body: "Les salles de l’atelier sont-elles concernées aussi ?", createdAt: daysAgo(10, now) },
      { ...comment, authorId: user("bastien"), kind: "answer", body: "Oui, sauf l’atelier lui-même, qui reste au pôle Atelier.", createdAt: daysAgo(9, now) },
      { ...comment, authorId: user("aicha"), kind: "reaction", body: "Très bien, à condition de pouvoir réserver depuis son téléphone.", createdAt: daysAgo(8, now) },
    ],
  });

  const openedAt = daysAgo(2, now, 9);
  const round = await tx.consentRound.create({
    data: {
      organizationId, proposalId: proposal.id, versionId: currentVersionId, number: 1, status: "open",
      abstentionAllowed: settings.abstentionAllowed, absenteePolicy: settings.absenteePolicy, quorumPercent: settings.quorumPercent,
      openedAt, deadlineAt,
    },
    select: { id: true },
  });
  await tx.roundParticipant.createMany({
    data: PARTICIPANTS.map(({ person, circle }) => ({
      organizationId, roundId: round.id, userId: user(person), circleId: pick(ctx.circleIds, circle), answersLast: false,
    })),
  });
  const response = { organizationId, roundId: round.id };
  await tx.response.createMany({
    data: [
      { ...response, userId: user("bastien"), kind: "consent", createdAt: daysAgo(2, now, 10) },
      { ...response, userId: user("aicha"), kind: "consent", createdAt: daysAgo(1, now, 14) },
      // Léna first consented, then changed her answer: the first one stays, superseded.
      { ...response, userId: user("lena"), kind: "consent", createdAt: daysAgo(2, now, 11), supersededAt: daysAgo(1, now, 18) },
    ],
  });
  const objection = await tx.response.create({
    data: { ...response, userId: user("lena"), kind: "objection", reason: OBJECTION_REASON, createdAt: daysAgo(1, now, 18) },
    select: { id: true },
  });
  await tx.objection.create({ data: { organizationId, responseId: objection.id } });
  return proposal.id;
}
