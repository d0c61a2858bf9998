// Data for the budget spec: one organisation with something on every key screen — a sub-circle
// with a role, a tension, a proposal in its reactions and one in an open consent round the admin
// answers in — written as the product writes them (lib/ cannot run here: it is "server-only").
import { testDb, type TestOrganization, type TestUser } from "./db.ts";

/** A proposal adding an accountability to `roleId`, in its reactions or in an open round (deadline in a week). */
export async function proposalAt(org: TestOrganization, author: TestUser, roleId: string, step: "reactions" | "consent_round", participants: TestUser[]) {
  return testDb().$transaction(async (tx) => {
    const organizationId = org.id;
    const circleId = org.generalCircleId;
    const deadlineAt = new Date(Date.now() + 7 * 24 * 3_600_000);
    const proposal = await tx.proposal.create({
      data: { organizationId, circleId, authorId: author.id, status: "in_process", step, deadlineAt: step === "consent_round" ? deadlineAt : null },
    });
    const version = await tx.proposalVersion.create({ data: { organizationId, proposalId: proposal.id, number: 1, title: `Proposition ${step}`, reasons: "Clarifier qui s’en charge", authorId: author.id } });
    await tx.proposalChange.create({ data: { organizationId, versionId: version.id, position: 0, kind: "accountability.add", payload: { roleId, description: "Publier le compte rendu sous 48 heures" } } });
    await tx.proposalCircle.create({ data: { organizationId, proposalId: proposal.id, circleId } });
    if (step === "consent_round") {
      const round = await tx.consentRound.create({
        data: { organizationId, proposalId: proposal.id, versionId: version.id, number: 1, abstentionAllowed: false, absenteePolicy: "silence_is_consent", deadlineAt },
      });
      await tx.roundParticipant.createMany({ data: participants.map((p) => ({ organizationId, roundId: round.id, userId: p.id, circleId })) });
    }
    return proposal.id;
  });
}
