// Data for the meeting specs, written as the product writes it (lib/ is "server-only" and cannot
// run here): a meeting in progress whose current item is a proposal in a consent round held in
// the meeting, with its participants present.
import { testDb, type TestOrganization, type TestUser } from "./db.ts";

export async function meetingInRound(org: TestOrganization, facilitator: TestUser, participants: TestUser[], roleId: string) {
  return testDb().$transaction(async (tx) => {
    const organizationId = org.id;
    const circleId = org.generalCircleId;
    const meeting = await tx.meeting.create({
      data: {
        organizationId, title: "Réunion Interpôles de décembre", startsAt: new Date(), status: "in_progress", stage: "items", startedAt: new Date(),
        facilitatorId: facilitator.id, createdById: facilitator.id,
      },
    });
    await tx.meetingCircle.create({ data: { organizationId, meetingId: meeting.id, circleId } });
    await tx.meetingParticipant.createMany({ data: participants.map((p) => ({ organizationId, meetingId: meeting.id, userId: p.id, attendance: "present" as const })) });
    const author = participants[0]!;
    const proposal = await tx.proposal.create({ data: { organizationId, circleId, authorId: author.id, status: "in_process", step: "consent_round" } });
    const version = await tx.proposalVersion.create({ data: { organizationId, proposalId: proposal.id, number: 1, title: "Tenir un registre des clés", reasons: "On perd les clés", authorId: author.id } });
    await tx.proposalChange.create({ data: { organizationId, versionId: version.id, position: 0, kind: "accountability.add", payload: { roleId, description: "Tenir le registre des clés" } } });
    await tx.proposalCircle.create({ data: { organizationId, proposalId: proposal.id, circleId } });
    const item = await tx.agendaItem.create({
      data: { organizationId, meetingId: meeting.id, position: 0, kind: "proposal", title: "Tenir un registre des clés", proposalId: proposal.id, status: "in_progress", addedById: author.id },
    });
    await tx.meeting.update({ where: { id: meeting.id }, data: { currentAgendaItemId: item.id } });
    const round = await tx.consentRound.create({
      data: { organizationId, proposalId: proposal.id, versionId: version.id, number: 1, abstentionAllowed: false, absenteePolicy: "silence_is_consent", meetingId: meeting.id },
    });
    await tx.roundParticipant.createMany({ data: participants.map((p) => ({ organizationId, roundId: round.id, userId: p.id, circleId })) });
    return { meetingId: meeting.id, proposalId: proposal.id };
  });
}

/** Two poles under the general circle, with their lead and rep links, as the record writes them. */
export async function poleWithLinks(org: TestOrganization, name: string, links: { lead: TestUser; rep?: TestUser }) {
  const db = testDb();
  const circle = await db.circle.create({ data: { organizationId: org.id, name, kind: "pole", parentId: org.generalCircleId } });
  for (const [coreRole, user] of [["lead_link", links.lead], ["rep_link", links.rep]] as const) {
    if (!user) continue;
    const role = await db.role.create({ data: { organizationId: org.id, circleId: circle.id, coreRole, name: coreRole === "lead_link" ? "Premier lien" : "Second lien" } });
    const membership = await db.membership.findFirstOrThrow({ where: { organizationId: org.id, userId: user.id }, select: { id: true } });
    await db.roleAssignment.create({ data: { organizationId: org.id, roleId: role.id, membershipId: membership.id } });
    await db.circleMembership.create({ data: { organizationId: org.id, circleId: circle.id, membershipId: membership.id } });
  }
  return circle.id;
}

/** An Interpôles proposal by `author` in `circleId` (also affecting `otherCircleId`), at its presentation. */
export async function interpolesProposal(org: TestOrganization, author: TestUser, circleId: string, otherCircleId: string, roleId: string, title: string) {
  return testDb().$transaction(async (tx) => {
    const organizationId = org.id;
    const tension = await tx.tension.create({ data: { organizationId, circleId, authorId: author.id, title: `${title} (tension)`, status: "processing", isInterpoles: true } });
    const proposal = await tx.proposal.create({ data: { organizationId, circleId, tensionId: tension.id, authorId: author.id, status: "in_process", step: "presentation", isInterpoles: true } });
    const version = await tx.proposalVersion.create({ data: { organizationId, proposalId: proposal.id, number: 1, title, reasons: "Les pôles se renvoient l’accueil", authorId: author.id } });
    await tx.proposalChange.create({ data: { organizationId, versionId: version.id, position: 0, kind: "accountability.add", payload: { roleId, description: "Accueillir les nouveaux pôles" } } });
    await tx.proposalCircle.createMany({ data: [circleId, otherCircleId].map((c) => ({ organizationId, proposalId: proposal.id, circleId: c })) });
    return proposal.id;
  });
}
