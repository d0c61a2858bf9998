// Carrying out the machine's `notify` and `announce` effects in the event's transaction (adoption
// has its own place, run.ts, because it may be rolled back). Notification kinds are
// `consent.<topic>` and `consent.outcome`: keys of messages/<locale>/notifications.json, rendered
// by the notifications module with `data` (proposal id and title, outcome, decision id, detail).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import type { Effect, Outcome } from "@/lib/consent/events";
import { notificationInsert } from "@/lib/notifications/notify";
import type { ProposalRow } from "./load";
import { eventInsert, type Inserts } from "./writes";

/** `inserts`: where notifications and journal rows are queued (run.ts sends them with the event's own row). */
export type EffectContext = { tx: Tx; proposal: ProposalRow; title: string; actorUserId: string | null; decisionId: string | null; inserts: Inserts };

export async function carryOut(ctx: EffectContext, effects: readonly Effect[]): Promise<void> {
  const { proposal, title } = ctx;
  for (const effect of effects) {
    if (effect.type === "notify") {
      const data: Prisma.InputJsonObject = { proposalId: proposal.id, title, ...(effect.detail ? { detail: effect.detail } : {}) };
      ctx.inserts.add(notificationInsert({ organizationId: proposal.organizationId, userIds: effect.userIds, kind: `consent.${effect.topic}`, data }));
    } else if (effect.type === "announce") {
      await announce(ctx, effect.outcome);
    }
    // `adopt` is carried out by run.ts; `schedule_deadline` needs nothing: Proposal.deadlineAt is
    // stored and closeDueRounds (sweep.ts) sends the `deadline` event once it has passed.
  }
}

/** An outcome: told to the members of every affected circle, journaled, and the tension follows. */
async function announce(ctx: EffectContext, outcome: Outcome): Promise<void> {
  const { tx, proposal } = ctx;
  const organizationId = proposal.organizationId;
  const affected = await tx.proposalCircle.findMany({ where: { organizationId, proposalId: proposal.id }, select: { circleId: true } });
  const circleIds = [...new Set([proposal.circleId, ...affected.map((c) => c.circleId)])];
  const members = await tx.circleMembership.findMany({
    where: { organizationId, circleId: { in: circleIds }, membership: { removedAt: null } },
    select: { membership: { select: { userId: true } } },
  });
  const data: Prisma.InputJsonObject = { proposalId: proposal.id, title: ctx.title, outcome, ...(ctx.decisionId ? { decisionId: ctx.decisionId } : {}) };
  ctx.inserts.add(notificationInsert({ organizationId, userIds: members.map((m) => m.membership.userId), kind: "consent.outcome", data }));
  ctx.inserts.add(eventInsert({ organizationId, circleId: proposal.circleId, actorId: ctx.actorUserId, kind: `proposal.${outcome}`, subjectId: proposal.id, data }));
  if (!proposal.tensionId) return;
  if (outcome === "adopted") {
    await tx.tension.updateMany({ where: { id: proposal.tensionId, organizationId, status: { in: ["open", "processing"] } }, data: { status: "resolved" } });
  } else if (outcome !== "escalated") {
    // Withdrawn, abandoned or expired: the tension is open again unless another proposal answers it.
    const others = await tx.proposal.count({ where: { organizationId, tensionId: proposal.tensionId, id: { not: proposal.id }, status: { in: ["draft", "in_process", "escalated"] } } });
    if (others === 0) await tx.tension.updateMany({ where: { id: proposal.tensionId, organizationId, status: "processing" }, data: { status: "open" } });
  }
}
