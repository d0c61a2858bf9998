// The minutes ("compte-rendu") of a meeting, assembled from what happened rather than written:
// its details and people, who attended, the agenda items processed and those left (the next
// steps, with the secretary's notes), the tensions processed, the proposals with their decisions
// and objections (minutes-proposals.ts), the elections, and the secretary's Markdown notes.
// Every member may read them (transparency); the page says « brouillon » until they are published.
import "server-only";
import type { AgendaItemKind, AgendaItemStatus, Attendance, MeetingStatus, ProposalStatus } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/circles/params";
import { db } from "@/lib/server/db";
import { meetingProposalIds, minutesProposals, type MinutesProposal } from "./minutes-proposals";

export type MinutesItem = {
  id: string; position: number; kind: AgendaItemKind; title: string; status: AgendaItemStatus; notes: string;
  tensionId: string | null; proposalId: string | null;
};
export type ElectionOutcome = "elected" | "not_elected" | "pending" | "not_held";
export type MinutesElection = {
  itemId: string; title: string; roleId: string | null; roleName: string | null; nomineeId: string | null;
  termEndsOn: string | null; proposalId: string | null; outcome: ElectionOutcome;
};

export type Minutes = {
  id: string; title: string; status: MeetingStatus; startsAt: Date; durationMinutes: number; place: string; videoUrl: string;
  startedAt: Date | null; endedAt: Date | null; updatedAt: Date; notes: string; publishedAt: Date | null;
  createdById: string; facilitatorId: string | null; secretaryId: string | null; participantIds: string[];
  circles: { id: string; name: string }[];
  participants: { userId: string; attendance: Attendance }[];
  processed: MinutesItem[];
  nextSteps: MinutesItem[];
  tensions: MinutesItem[];
  proposals: MinutesProposal[];
  elections: MinutesElection[];
  /** Names of everyone the minutes mention, by User id (copied at reading time). */
  names: Map<string, string>;
};

function electionOutcome(status: ProposalStatus | undefined): ElectionOutcome {
  if (!status) return "not_held";
  if (status === "adopted") return "elected";
  return status === "draft" || status === "in_process" ? "pending" : "not_elected";
}

/** A field of an election item's details (JSON written by lib/elections): ids only when they are ids. */
function detail(details: unknown, key: string, uuid = false): string | null {
  if (typeof details !== "object" || details === null || Array.isArray(details)) return null;
  const value = (details as Record<string, unknown>)[key];
  if (typeof value !== "string" || value === "") return null;
  return !uuid || isUuid(value) ? value : null;
}

export async function meetingMinutes(organizationId: string, meetingId: string): Promise<Minutes | null> {
  if (!isUuid(meetingId)) return null;
  const meeting = await db.meeting.findFirst({
    where: { organizationId, id: meetingId },
    select: {
      id: true, title: true, status: true, startsAt: true, durationMinutes: true, place: true, videoUrl: true, startedAt: true, endedAt: true,
      updatedAt: true, minutesNotes: true, minutesPublishedAt: true, createdById: true, facilitatorId: true, secretaryId: true,
      circles: { select: { circle: { select: { id: true, name: true } } }, orderBy: { id: "asc" } },
      participants: { select: { userId: true, attendance: true }, orderBy: { id: "asc" } },
      agendaItems: {
        select: { id: true, position: true, kind: true, title: true, status: true, notes: true, tensionId: true, proposalId: true, details: true },
        orderBy: [{ position: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!meeting) return null;
  const items = meeting.agendaItems;
  const elections = items.filter((i) => i.kind === "election");
  const electionProposalIds = new Set(elections.flatMap((i) => (i.proposalId ? [i.proposalId] : [])));
  const proposalIds = (await meetingProposalIds(organizationId, meeting.id, items.filter((i) => i.kind === "proposal").flatMap((i) => (i.proposalId ? [i.proposalId] : []))))
    .filter((id) => !electionProposalIds.has(id));

  const roleIds = elections.flatMap((i) => detail(i.details, "roleId", true) ?? []);
  const [proposals, roles, electionStatuses] = await Promise.all([
    minutesProposals(organizationId, meeting.id, proposalIds),
    roleIds.length ? db.role.findMany({ where: { organizationId, id: { in: roleIds } }, select: { id: true, name: true } }) : [],
    electionProposalIds.size
      ? db.proposal.findMany({ where: { organizationId, id: { in: [...electionProposalIds] } }, select: { id: true, status: true } })
      : [],
  ]);
  const roleName = new Map(roles.map((r) => [r.id, r.name]));
  const statusOf = new Map(electionStatuses.map((p) => [p.id, p.status]));

  const userIds = new Set<string>(meeting.participants.map((p) => p.userId));
  for (const id of [meeting.facilitatorId, meeting.secretaryId, meeting.createdById]) if (id) userIds.add(id);
  for (const p of proposals) for (const o of p.objections) { userIds.add(o.objectorId); if (o.testedById) userIds.add(o.testedById); }
  for (const e of elections) { const nominee = detail(e.details, "nomineeUserId", true); if (nominee) userIds.add(nominee); }
  const users = await db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));

  const plain: MinutesItem[] = items.map((i) => ({
    id: i.id, position: i.position, kind: i.kind, title: i.title, status: i.status, notes: i.notes, tensionId: i.tensionId, proposalId: i.proposalId,
  }));
  const { circles, participants } = meeting;
  return {
    id: meeting.id, title: meeting.title, status: meeting.status, startsAt: meeting.startsAt, durationMinutes: meeting.durationMinutes,
    place: meeting.place, videoUrl: meeting.videoUrl, startedAt: meeting.startedAt, endedAt: meeting.endedAt, updatedAt: meeting.updatedAt,
    createdById: meeting.createdById, facilitatorId: meeting.facilitatorId, secretaryId: meeting.secretaryId,
    notes: meeting.minutesNotes,
    publishedAt: meeting.minutesPublishedAt,
    participantIds: participants.map((p) => p.userId),
    circles: circles.map((c) => c.circle),
    participants: [...participants].sort((a, b) => (names.get(a.userId) ?? "").localeCompare(names.get(b.userId) ?? "", "fr")),
    processed: plain.filter((i) => i.status === "done"),
    nextSteps: plain.filter((i) => i.status === "pending" || i.status === "skipped" || i.status === "in_progress"),
    tensions: plain.filter((i) => i.kind === "tension" && i.status === "done"),
    proposals,
    elections: elections.map((e) => {
      const roleId = detail(e.details, "roleId", true);
      const nominee = detail(e.details, "nomineeUserId", true);
      return {
        itemId: e.id, title: e.title, roleId, roleName: roleId ? (roleName.get(roleId) ?? null) : null,
        nomineeId: nominee, termEndsOn: detail(e.details, "termEndsOn"),
        proposalId: e.proposalId, outcome: electionOutcome(e.proposalId ? statusOf.get(e.proposalId) : undefined),
      };
    }),
    names,
  };
}
