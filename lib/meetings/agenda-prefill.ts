// The agenda a meeting starts with (issue "Interpôles meetings", Before): the open tensions flagged
// Interpôles, the proposals escalated from asynchronous rounds, the decisions whose review date
// has come and the role assignments whose term has ended, in the involved circles. Participants
// then add, remove and reorder items.
import type { AgendaItemKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import { ELECTED_ROLE_WHERE } from "@/lib/elections/policy";

export type PrefilledItem = {
  kind: AgendaItemKind;
  title: string;
  tensionId?: string;
  proposalId?: string;
  details?: Prisma.InputJsonObject;
};

/** A day as the record stores it (date columns are read as UTC midnight). */
function dayOf(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
}

export async function prefilledAgenda(tx: Tx, organizationId: string, circleIds: readonly string[], startsAt: Date): Promise<PrefilledItem[]> {
  const circles = { in: [...circleIds] };
  const [tensions, proposals, decisions, terms] = await Promise.all([
    tx.tension.findMany({
      where: { organizationId, circleId: circles, isInterpoles: true, status: { in: ["open", "processing"] }, agendaItems: { none: { meeting: { status: { in: ["scheduled", "in_progress"] } } } } },
      select: { id: true, title: true }, orderBy: { createdAt: "asc" }, take: 50,
    }),
    tx.proposal.findMany({
      where: { organizationId, circleId: circles, status: "escalated", agendaItems: { none: { meeting: { status: { in: ["scheduled", "in_progress"] } } } } },
      select: { id: true, currentVersion: true, versions: { select: { number: true, title: true } } }, orderBy: { updatedAt: "asc" }, take: 50,
    }),
    tx.decision.findMany({
      where: { organizationId, circleId: circles, reviewOn: { lte: dayOf(startsAt) }, proposal: { agendaItems: { none: { kind: "review" } } } },
      select: { id: true, proposalId: true, proposal: { select: { currentVersion: true, versions: { select: { number: true, title: true } } } } },
      orderBy: { reviewOn: "asc" }, take: 50,
    }),
    tx.roleAssignment.findMany({
      // Elected roles only (lib/elections/policy.ts): a lead link is appointed, not elected.
      where: { organizationId, endedAt: null, termEndsOn: { lte: dayOf(startsAt) }, role: { circleId: circles, archivedAt: null, ...ELECTED_ROLE_WHERE } },
      select: { id: true, roleId: true, termEndsOn: true, role: { select: { name: true } } },
      orderBy: { termEndsOn: "asc" }, take: 50,
    }),
  ]);
  const titleOf = (p: { currentVersion: number; versions: { number: number; title: string }[] }) =>
    p.versions.find((v) => v.number === p.currentVersion)?.title ?? "";
  const items: PrefilledItem[] = [
    ...tensions.map((t) => ({ kind: "tension" as const, title: t.title, tensionId: t.id })),
    ...proposals.map((p) => ({ kind: "proposal" as const, title: titleOf(p), proposalId: p.id })),
    ...decisions.map((d) => ({ kind: "review" as const, title: titleOf(d.proposal), proposalId: d.proposalId, details: { decisionId: d.id } })),
  ];
  // One election per role, however many of its assignments have come to term.
  const seenRoles = new Set<string>();
  for (const term of terms) {
    if (seenRoles.has(term.roleId)) continue;
    seenRoles.add(term.roleId);
    items.push({
      kind: "election", title: term.role.name,
      details: { roleId: term.roleId, termEndsOn: null, criteria: "", endingAssignmentId: term.id, phase: "setup", nominations: [] },
    });
  }
  return items;
}
