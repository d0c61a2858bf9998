// Reads of meetings, scoped by the organisation. Every member sees every meeting (transparency);
// lists are paginated (upcoming ones by date, past ones newest first).
import "server-only";
import { db } from "@/lib/server/db";
import { isUuid } from "@/lib/circles/params";

export const MEETINGS_PAGE_SIZE = 20;

export type MeetingListItem = { id: string; title: string; startsAt: Date; durationMinutes: number; status: string; circles: string[] };

export async function listMeetings(organizationId: string, which: "upcoming" | "past", page: number): Promise<{ items: MeetingListItem[]; hasMore: boolean }> {
  const upcoming = which === "upcoming";
  const rows = await db.meeting.findMany({
    where: { organizationId, status: upcoming ? { in: ["scheduled", "in_progress"] } : { in: ["closed", "cancelled"] } },
    orderBy: [{ startsAt: upcoming ? "asc" : "desc" }, { id: "asc" }],
    skip: (page - 1) * MEETINGS_PAGE_SIZE, take: MEETINGS_PAGE_SIZE + 1,
    select: { id: true, title: true, startsAt: true, durationMinutes: true, status: true, circles: { select: { circle: { select: { name: true } } } } },
  });
  return {
    items: rows.slice(0, MEETINGS_PAGE_SIZE).map(({ circles, ...m }) => ({ ...m, circles: circles.map((c) => c.circle.name) })),
    hasMore: rows.length > MEETINGS_PAGE_SIZE,
  };
}

export async function meetingForPage(organizationId: string, meetingId: string) {
  if (!isUuid(meetingId)) return null;
  const meeting = await db.meeting.findFirst({
    where: { organizationId, id: meetingId },
    select: {
      id: true, title: true, startsAt: true, durationMinutes: true, place: true, videoUrl: true, status: true, stage: true,
      facilitatorId: true, secretaryId: true, createdById: true, currentAgendaItemId: true, speakerId: true, timerEndsAt: true,
      startedAt: true, endedAt: true, minutesNotes: true, minutesPublishedAt: true,
      circles: { select: { circle: { select: { id: true, name: true } } }, orderBy: { id: "asc" } },
      participants: { select: { userId: true, attendance: true, checkIn: true, closing: true }, orderBy: { id: "asc" } },
      agendaItems: {
        select: { id: true, position: true, kind: true, title: true, status: true, tensionId: true, proposalId: true, details: true, notes: true, addedById: true },
        orderBy: [{ position: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!meeting) return null;
  const userIds = [...new Set([...meeting.participants.map((p) => p.userId), meeting.facilitatorId, meeting.secretaryId, meeting.createdById].filter((id): id is string => !!id))];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  const { circles, ...rest } = meeting;
  return {
    ...rest,
    circles: circles.map((c) => c.circle),
    participants: meeting.participants.map((p) => ({ ...p, name: names.get(p.userId) ?? "—" })),
    names,
    participantIds: meeting.participants.map((p) => p.userId),
    currentItem: meeting.agendaItems.find((i) => i.id === meeting.currentAgendaItemId) ?? null,
  };
}

export type MeetingPage = NonNullable<Awaited<ReturnType<typeof meetingForPage>>>;

/**
 * What the schedule form offers: active circles and members who may take part (the first 500 by
 * name; `memberTotal` tells the page when others can only be invited from the edit page's search).
 */
export async function scheduleOptions(organizationId: string) {
  const mayTakePart = { organizationId, removedAt: null, permission: { not: "observer" as const } };
  const [circles, members, memberTotal] = await Promise.all([
    db.circle.findMany({ where: { organizationId, archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" }, take: 500 }),
    db.membership.findMany({
      where: mayTakePart,
      select: { id: true, user: { select: { name: true } } }, orderBy: [{ user: { name: "asc" } }, { id: "asc" }], take: 500,
    }),
    db.membership.count({ where: mayTakePart }),
  ]);
  return { circles, members: members.map((m) => ({ id: m.id, name: m.user.name })), memberTotal };
}

export const PEOPLE_OPTIONS_LIMIT = 200;

type Choice = { id: string; name: string };
export type PeopleChoices = {
  /** Members who may be invited and are not participants yet. */
  invitable: Choice[];
  /** Members who may facilitate or keep the minutes; the current ones always among them. */
  members: Choice[];
  /** Membership ids of the current facilitator and secretary ("" for none). */
  current: { facilitatorId: string; secretaryId: string };
  /** Members offered (before adding the current ones) and members matching, to tell a partial list. */
  shown: number;
  total: number;
};

/**
 * What the people form of a scheduled meeting offers (lib/meetings/people.ts): members who may take
 * part, by name, at most PEOPLE_OPTIONS_LIMIT; a large organisation narrows them with `search`.
 */
export async function peopleChoices(
  organizationId: string, meeting: { participantIds: readonly string[]; facilitatorId: string | null; secretaryId: string | null }, search: string,
): Promise<PeopleChoices> {
  const may = { organizationId, removedAt: null, permission: { not: "observer" as const } };
  const where = { ...may, ...(search.trim() ? { user: { name: { contains: search.trim(), mode: "insensitive" as const } } } : {}) };
  const select = { id: true, userId: true, user: { select: { name: true } } };
  const kept = [meeting.facilitatorId, meeting.secretaryId].filter((id): id is string => id !== null);
  const [rows, total, current] = await Promise.all([
    db.membership.findMany({ where, select, orderBy: [{ user: { name: "asc" } }, { id: "asc" }], take: PEOPLE_OPTIONS_LIMIT }),
    db.membership.count({ where }),
    kept.length ? db.membership.findMany({ where: { ...may, userId: { in: kept } }, select }) : [],
  ]);
  const all = [...rows, ...current.filter((c) => !rows.some((r) => r.id === c.id))]
    .map((m) => ({ id: m.id, userId: m.userId, name: m.user.name }))
    .sort((a, b) => a.name.localeCompare(b.name, "fr"));
  const membershipOf = (userId: string | null) => all.find((m) => m.userId === userId)?.id ?? "";
  return {
    invitable: all.filter((m) => !meeting.participantIds.includes(m.userId) && rows.some((r) => r.id === m.id)).map(({ id, name }) => ({ id, name })),
    members: all.map(({ id, name }) => ({ id, name })),
    current: { facilitatorId: membershipOf(meeting.facilitatorId), secretaryId: membershipOf(meeting.secretaryId) },
    shown: rows.length,
    total,
  };
}

/** Tensions and proposals one can add to an agenda (open ones, most recent first). */
export async function agendaSubjects(organizationId: string) {
  const [tensions, proposals] = await Promise.all([
    db.tension.findMany({ where: { organizationId, status: { in: ["open", "processing"] } }, select: { id: true, title: true }, orderBy: { createdAt: "desc" }, take: 100 }),
    db.proposal.findMany({
      where: { organizationId, status: { in: ["in_process", "escalated"] } },
      select: { id: true, currentVersion: true, versions: { select: { number: true, title: true }, orderBy: { number: "desc" }, take: 1 } },
      orderBy: { updatedAt: "desc" }, take: 100,
    }),
  ]);
  return { tensions, proposals: proposals.map((p) => ({ id: p.id, title: p.versions[0]?.title ?? "" })) };
}
