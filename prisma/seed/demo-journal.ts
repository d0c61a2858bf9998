// The activity log and the notifications of the demo: what a member sees on arriving
// (« ce qui m’attend ») — a round to answer, an objection to look at, a term that ends soon.
import type { Prisma } from "../../lib/generated/prisma/client.ts";
import { daysAgo, daysFromNow, pick, type SeedContext } from "./demo-kit.ts";
import type { Meetings } from "./demo-meetings.ts";

export type JournalRefs = {
  setupAt: Date;
  meetings: Meetings;
  tensionIds: Map<string, string>;
  adoptedProposalId: string;
  openProposalId: string;
};

export async function seedJournal(ctx: SeedContext, refs: JournalRefs): Promise<void> {
  const { tx, organizationId, now } = ctx;
  const user = (key: string) => pick(ctx.userIds, key);
  const circle = (key: string) => pick(ctx.circleIds, key);
  const tension = (key: string) => pick(refs.tensionIds, key);
  const roundTitle = "Un planning unique pour toutes les salles, réservable en ligne";

  const events: Omit<Prisma.EventCreateManyInput, "organizationId">[] = [
    { kind: "organization.created", actorId: user("camille"), circleId: circle("general"), occurredAt: refs.setupAt, data: { name: "La Bobine" } },
    { kind: "tension.created", actorId: user("malik"), circleId: circle("cafe"), subjectId: tension("dechets"), occurredAt: daysAgo(60, now), data: { title: "Personne ne s’occupe du tri et des invendus au café" } },
    { kind: "proposal.adopted", actorId: user("aicha"), circleId: circle("cafe"), subjectId: refs.adoptedProposalId, occurredAt: refs.meetings.pastStartsAt, data: { title: "Créer le rôle Zéro déchet" } },
    { kind: "meeting.closed", actorId: user("aicha"), subjectId: refs.meetings.pastId, occurredAt: daysAgo(40, now, 19), data: { title: "Réunion Interpôles" } },
    { kind: "minutes.published", actorId: user("lena"), subjectId: refs.meetings.pastId, occurredAt: daysAgo(39, now), data: { title: "Réunion Interpôles" } },
    { kind: "tension.created", actorId: user("bastien"), circleId: circle("general"), subjectId: tension("salles"), occurredAt: daysAgo(20, now), data: { title: "Les salles sont réservées par plusieurs pôles en même temps" } },
    { kind: "tension.created", actorId: user("solene"), circleId: circle("culture"), subjectId: tension("budget-mediation"), occurredAt: daysAgo(12, now), data: { title: "La médiation culturelle n’a pas de budget identifié" } },
    { kind: "tension.created", actorId: user("camille"), circleId: circle("finances"), subjectId: tension("parts"), occurredAt: daysAgo(8, now), data: { title: "Des sociétaires n’ont pas encore libéré leur part" } },
    { kind: "meeting.scheduled", actorId: user("lena"), subjectId: refs.meetings.nextId, occurredAt: daysAgo(5, now), data: { title: "Réunion Interpôles" } },
    { kind: "tension.created", actorId: user("malik"), circleId: circle("atelier"), subjectId: tension("perceuse"), occurredAt: daysAgo(3, now), data: { title: "La perceuse à colonne fait un bruit anormal" } },
    { kind: "round.opened", actorId: user("bastien"), circleId: circle("general"), subjectId: refs.openProposalId, occurredAt: daysAgo(2, now, 9), data: { title: roundTitle } },
    { kind: "objection.raised", actorId: user("lena"), circleId: circle("general"), subjectId: refs.openProposalId, occurredAt: daysAgo(1, now, 18), data: { title: roundTitle } },
  ];
  await tx.event.createMany({ data: events.map((event) => ({ ...event, organizationId })) });

  const membership = (key: string) => pick(ctx.membershipIds, key);
  const roundData = { proposalId: refs.openProposalId, title: roundTitle, deadlineAt: daysFromNow(3, now, 20).toISOString() };
  const notifications: Omit<Prisma.NotificationCreateManyInput, "organizationId">[] = [
    { membershipId: membership("solene"), kind: "round.opened", data: roundData, createdAt: daysAgo(2, now, 9) },
    { membershipId: membership("aicha"), kind: "round.opened", data: roundData, createdAt: daysAgo(2, now, 9), readAt: daysAgo(1, now, 14) },
    { membershipId: membership("lena"), kind: "round.opened", data: roundData, createdAt: daysAgo(2, now, 9), readAt: daysAgo(2, now, 11) },
    { membershipId: membership("bastien"), kind: "objection.raised", data: { ...roundData, objectorName: pick(ctx.names, "lena") }, createdAt: daysAgo(1, now, 18) },
    { membershipId: membership("aicha"), kind: "term.ending", createdAt: daysAgo(1, now, 6),
      data: { roleId: pick(ctx.roleIds, "general:facilitator"), roleName: "Facilitation", circleName: "Cercle général", termEndsOn: daysFromNow(18, now).toISOString().slice(0, 10) } },
    ...["camille", "jonas", "aicha", "bastien", "lena", "malik", "solene", "hugo"].map((key) => ({
      membershipId: membership(key), kind: "minutes.published", createdAt: daysAgo(39, now),
      data: { meetingId: refs.meetings.pastId, title: "Réunion Interpôles" },
      readAt: key === "jonas" || key === "hugo" ? null : daysAgo(38, now),
    })),
  ];
  await tx.notification.createMany({ data: notifications.map((n) => ({ ...n, organizationId })) });
}
