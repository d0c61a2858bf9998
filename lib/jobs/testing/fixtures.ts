// Database fixtures of the jobs' tests: an organisation of the record's fixtures (unique names),
// members with a chosen email preference, notifications, and an open consent round inserted
// directly (the consent process itself is lib/rounds' business and tested there).
import { randomUUID } from "node:crypto";
import type { NotificationDelivery } from "@/lib/generated/prisma/enums";
import { createDraft } from "@/lib/proposals/testing/fixtures";
import { createOrgFixture, type OrgFixture } from "@/lib/record/test-fixtures";
import type { Db } from "@/lib/server/db";

export type Member = { userId: string; membershipId: string; email: string };

export async function memberWith(db: Db, organizationId: string, delivery: NotificationDelivery, locale = "fr"): Promise<Member> {
  const email = `jobs-${randomUUID()}@test.invalid`;
  const user = await db.user.create({ data: { email, name: `Jobs ${delivery}`, notificationDelivery: delivery, locale } });
  const membership = await db.membership.create({ data: { organizationId, userId: user.id } });
  return { userId: user.id, membershipId: membership.id, email };
}

export async function notificationFor(
  db: Db, organizationId: string, member: Member,
  options: { kind?: string; title?: string; createdAt?: Date; readAt?: Date | null } = {},
) {
  return db.notification.create({
    data: {
      organizationId, membershipId: member.membershipId, kind: options.kind ?? "consent.round_opened",
      data: { proposalId: randomUUID(), title: options.title ?? "Suivre la trésorerie" },
      createdAt: options.createdAt, readAt: options.readAt ?? null,
    },
  });
}

/** An open round on a new in-process proposal, with `participants`, closing at `deadlineAt`. */
export async function openRound(db: Db, fx: OrgFixture, participants: readonly Member[], openedAt: Date, deadlineAt: Date) {
  const { proposalId } = await createDraft(db, fx, fx.member, true);
  const version = await db.proposalVersion.findFirstOrThrow({ where: { organizationId: fx.organizationId, proposalId }, select: { id: true, title: true } });
  const round = await db.consentRound.create({
    data: {
      organizationId: fx.organizationId, proposalId, versionId: version.id, number: 1,
      abstentionAllowed: false, absenteePolicy: "silence_is_consent", openedAt, deadlineAt,
    },
  });
  await db.roundParticipant.createMany({
    data: participants.map((p) => ({ organizationId: fx.organizationId, roundId: round.id, userId: p.userId, circleId: fx.generalCircleId })),
  });
  return { roundId: round.id, proposalId, title: version.title };
}

export async function answer(db: Db, fx: OrgFixture, roundId: string, member: Member) {
  await db.response.create({ data: { organizationId: fx.organizationId, roundId, userId: member.userId, kind: "consent" } });
}

export { createOrgFixture };
