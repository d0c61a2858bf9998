// Drafting a proposal from a governance tension: the proposal (a draft), its first version (with
// an empty change set, written next in the editor), the circles it affects, and the tension moved
// to `processing`, all in one transaction with its Event.
import type { Db } from "@/lib/server/db";
import { draftRefusal, type DraftRefusal } from "./policy";
import { draftSchema } from "./schema";

export type ProposalActor = { organization: { id: string }; user: { id: string } };

export type DraftResult =
  | { ok: true; proposalId: string }
  | { ok: false; reason: "not_found" | "invalid" | "circle_invalid" | DraftRefusal; issues?: { path: string; message: string }[] };

export async function draftProposal(db: Db, actor: ProposalActor, input: unknown): Promise<DraftResult> {
  const parsed = draftSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
    if (issues.some((issue) => issue.path === "tensionId")) return { ok: false, reason: "not_found" };
    return { ok: false, reason: "invalid", issues };
  }
  const { tensionId, title, reasons, body } = parsed.data;
  const organizationId = actor.organization.id;
  const userId = actor.user.id;

  return db.$transaction(async (tx): Promise<DraftResult> => {
    // Locks the tension: a concurrent status change (dropped, resolved) waits for this draft, or wins.
    await tx.$queryRaw`SELECT id FROM "Tension" WHERE id = ${tensionId}::uuid AND "organizationId" = ${organizationId}::uuid FOR UPDATE`;
    const tension = await tx.tension.findFirst({
      where: { id: tensionId, organizationId },
      select: { id: true, circleId: true, authorId: true, kind: true, status: true, isInterpoles: true },
    });
    if (!tension) return { ok: false, reason: "not_found" };
    const refusal = draftRefusal(tension, userId);
    if (refusal) return { ok: false, reason: refusal };

    // Other circles only for an Interpôles proposal; each must be an active circle of this organisation.
    const extra = tension.isInterpoles ? [...new Set(parsed.data.circleIds)].filter((id) => id !== tension.circleId) : [];
    const found = await tx.circle.count({ where: { organizationId, id: { in: extra }, archivedAt: null } });
    if (found !== extra.length) return { ok: false, reason: "circle_invalid" };

    const proposal = await tx.proposal.create({
      data: { organizationId, circleId: tension.circleId, tensionId: tension.id, authorId: userId, isInterpoles: tension.isInterpoles },
      select: { id: true },
    });
    await tx.proposalVersion.create({ data: { organizationId, proposalId: proposal.id, number: 1, title, reasons, body, authorId: userId } });
    await tx.proposalCircle.createMany({
      data: [tension.circleId, ...extra].map((circleId) => ({ organizationId, proposalId: proposal.id, circleId })),
    });
    if (tension.status === "open") {
      await tx.tension.update({ where: { organizationId_id: { organizationId, id: tension.id } }, data: { status: "processing" } });
    }
    await tx.event.create({
      data: {
        organizationId, circleId: tension.circleId, actorId: userId, kind: "proposal.drafted", subjectId: proposal.id,
        data: { tensionId: tension.id, title, circleIds: [tension.circleId, ...extra] },
      },
    });
    return { ok: true, proposalId: proposal.id };
  });
}
