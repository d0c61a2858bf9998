// The proposal an election ends with (consent.md §6: "the facilitator proposes"): a draft of the
// facilitator in the role's circle, its version 1 (title and reasons in the facilitator's language:
// the record is one shared text), its circle and its change set (changes.ts), written in the
// caller's transaction with its Event. The consent process then runs on it like on any proposal.
import { createTranslator } from "next-intl";
import type { Tx } from "@/lib/server/db";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { toStoredChange } from "@/lib/record/changes";
import { electionChanges } from "./changes";
import type { ElectionDetails } from "./details";

const REASONS_MAX = 10_000;

export type ElectionProposalInput = {
  organizationId: string;
  meetingId: string;
  itemId: string;
  details: ElectionDetails;
  role: { id: string; name: string; circleId: string };
  nominee: { membershipId: string; userId: string };
  facilitatorId: string;
};

export async function createElectionProposal(tx: Tx, input: ElectionProposalInput): Promise<string> {
  const { organizationId, details, role, nominee, facilitatorId } = input;
  const facilitator = await tx.user.findUniqueOrThrow({ where: { id: facilitatorId }, select: { locale: true } });
  const locale = isLocale(facilitator.locale) ? facilitator.locale : defaultLocale;
  const t = createTranslator({ locale, messages: messages[locale], namespace: "elections.proposal" });

  const people = await tx.user.findMany({
    where: { id: { in: [...new Set([nominee.userId, ...details.nominations.flatMap((n) => [n.byUserId, n.nomineeUserId])])] } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const name = (userId: string) => nameOf.get(userId) ?? "—";
  const title = t("title", { role: role.name, name: name(nominee.userId) }).slice(0, 200);
  const reasons = [
    details.criteria ? t("criteria", { criteria: details.criteria }) : t("noCriteria"),
    details.termEndsOn ? t("term", { term: details.termEndsOn }) : t("noTerm"),
    "",
    t("nominations"),
    ...details.nominations.map((n) => t("line", { by: name(n.byUserId), nominee: name(n.nomineeUserId), reason: n.reason })),
  ].join("\n").slice(0, REASONS_MAX);

  const [ending, held] = await Promise.all([
    details.endingAssignmentId
      ? tx.roleAssignment.findFirst({ where: { organizationId, id: details.endingAssignmentId, roleId: role.id, endedAt: null }, select: { id: true, membershipId: true } })
      : null,
    tx.roleAssignment.findFirst({ where: { organizationId, roleId: role.id, membershipId: nominee.membershipId, endedAt: null }, select: { id: true } }),
  ]);
  const changes = electionChanges({ roleId: role.id, nomineeMembershipId: nominee.membershipId, termEndsOn: details.termEndsOn, ending, held });

  const proposal = await tx.proposal.create({ data: { organizationId, circleId: role.circleId, authorId: facilitatorId }, select: { id: true } });
  const version = await tx.proposalVersion.create({
    data: { organizationId, proposalId: proposal.id, number: 1, title, reasons, authorId: facilitatorId }, select: { id: true },
  });
  await tx.proposalChange.createMany({
    data: changes.map((change, position) => {
      const { kind, payload } = toStoredChange(change);
      return { organizationId, versionId: version.id, position, kind, payload: payload as object };
    }),
  });
  await tx.proposalCircle.create({ data: { organizationId, proposalId: proposal.id, circleId: role.circleId } });
  await tx.event.create({
    data: {
      organizationId, circleId: role.circleId, actorId: facilitatorId, kind: "proposal.drafted", subjectId: proposal.id,
      data: { title, circleIds: [role.circleId], meetingId: input.meetingId, electionItemId: input.itemId },
    },
  });
  return proposal.id;
}
