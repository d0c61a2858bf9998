// Two Interpôles meetings: the last one (closed, minutes published; the « Zéro déchet » role was
// adopted there) and the next one (scheduled, with its agenda, including the election of a
// facilitator whose term ends soon).
import type { Attendance } from "../../lib/generated/prisma/enums.ts";
import { daysAgo, daysFromNow, pick, type SeedContext } from "./demo-kit.ts";

export type Meetings = { pastId: string; pastStartsAt: Date; nextId: string };

const POLES = ["general", "cafe", "atelier", "coworking", "culture"];

const PAST_ATTENDANCE: { person: string; attendance: Attendance; checkIn: string; closing: string }[] = [
  { person: "camille", attendance: "present", checkIn: "Contente d’être là, un peu fatiguée par la clôture des comptes.", closing: "Réunion efficace, merci pour le cadrage." },
  { person: "jonas", attendance: "absent", checkIn: "", closing: "" },
  { person: "aicha", attendance: "present", checkIn: "Prête à faciliter, on a un ordre du jour chargé.", closing: "On a tenu le temps, bravo à toutes et tous." },
  { person: "bastien", attendance: "late", checkIn: "Désolé pour le retard, une livraison au coworking.", closing: "J’apporterai la tension sur les salles la prochaine fois." },
  { person: "lena", attendance: "present", checkIn: "En pleine préparation du festival, j’ai la tête ailleurs.", closing: "Compte-rendu publié d’ici demain." },
  { person: "malik", attendance: "present", checkIn: "Heureux de présenter ma première proposition.", closing: "Ravi que le rôle Zéro déchet existe enfin." },
  { person: "solene", attendance: "present", checkIn: "Disponible et curieuse.", closing: "Bonne énergie ce soir." },
];

const MINUTES = [
  "Proposition « Créer le rôle Zéro déchet » (pôle Café-cantine) adoptée sans objection ; date de revue dans six mois.",
  "Revue des redevabilités du pôle Atelier : la formation aux machines reste chez le rôle Référent·e outillage.",
  "Budget du festival : le pôle Programmation culturelle présentera une estimation chiffrée à la prochaine réunion.",
].join("\n");

export async function seedMeetings(ctx: SeedContext): Promise<Meetings> {
  const { tx, organizationId, now } = ctx;
  const user = (key: string) => pick(ctx.userIds, key);
  const pastStartsAt = daysAgo(40, now, 17);

  const past = await tx.meeting.create({
    data: {
      organizationId, title: "Réunion Interpôles", startsAt: pastStartsAt, durationMinutes: 120, place: "Salle des métiers, rez-de-chaussée",
      status: "closed", facilitatorId: user("aicha"), secretaryId: user("lena"), minutesNotes: MINUTES,
      minutesPublishedAt: daysAgo(39, now), createdById: user("lena"), createdAt: daysAgo(55, now),
    },
    select: { id: true },
  });
  const next = await tx.meeting.create({
    data: {
      organizationId, title: "Réunion Interpôles", startsAt: daysFromNow(9, now, 17), durationMinutes: 120,
      place: "Salle des métiers, rez-de-chaussée", videoUrl: "https://visio.example.test/la-bobine-interpoles",
      facilitatorId: user("aicha"), secretaryId: user("lena"), createdById: user("lena"), createdAt: daysAgo(5, now),
    },
    select: { id: true },
  });

  for (const meetingId of [past.id, next.id]) {
    await tx.meetingCircle.createMany({
      data: POLES.map((key) => ({ organizationId, meetingId, circleId: pick(ctx.circleIds, key) })),
    });
  }
  await tx.meetingParticipant.createMany({
    data: PAST_ATTENDANCE.map(({ person, ...rest }) => ({ organizationId, meetingId: past.id, userId: user(person), ...rest })),
  });
  await tx.meetingParticipant.createMany({
    data: PAST_ATTENDANCE.map(({ person }) => ({ organizationId, meetingId: next.id, userId: user(person) })),
  });
  return { pastId: past.id, pastStartsAt, nextId: next.id };
}

/** Agendas come last: they point to tensions and proposals created after the meetings. */
export async function seedAgendas(
  ctx: SeedContext, meetings: Meetings, refs: { adoptedProposalId: string; openProposalId: string; tensionIds: Map<string, string> },
): Promise<void> {
  const { tx, organizationId } = ctx;
  const addedById = pick(ctx.userIds, "lena");
  const past = { organizationId, meetingId: meetings.pastId, addedById, status: "done" as const, createdAt: daysAgo(45, ctx.now) };
  await tx.agendaItem.createMany({
    data: [
      { ...past, position: 0, kind: "proposal", title: "Créer le rôle Zéro déchet", proposalId: refs.adoptedProposalId, notes: "Adoptée sans objection." },
      { ...past, position: 1, kind: "review", title: "Revue des redevabilités du pôle Atelier", notes: "Aucun changement." },
      { ...past, position: 2, kind: "other", title: "Budget du festival", notes: "Estimation chiffrée attendue pour la prochaine réunion." },
    ],
  });
  const facilitatorRoleId = pick(ctx.roleIds, "general:facilitator");
  const next = { organizationId, meetingId: meetings.nextId, addedById, createdAt: daysAgo(4, ctx.now) };
  await tx.agendaItem.createMany({
    data: [
      { ...next, position: 0, kind: "proposal", title: "Un planning unique pour toutes les salles", proposalId: refs.openProposalId },
      { ...next, position: 1, kind: "tension", title: "La médiation culturelle n’a pas de budget identifié", tensionId: pick(refs.tensionIds, "budget-mediation") },
      { ...next, position: 2, kind: "election", title: "Élection à la facilitation du cercle général",
        // The shape lib/elections/details.ts reads: a term of a year from the meeting, nominations to come.
        details: {
          roleId: facilitatorRoleId, termEndsOn: daysFromNow(9 + 365, ctx.now).toISOString().slice(0, 10), endingAssignmentId: null,
          criteria: "Savoir tenir le cadre avec bienveillance ; être disponible le premier mardi du mois.", phase: "setup", nominations: [], nomineeUserId: null,
        } },
    ],
  });
}
