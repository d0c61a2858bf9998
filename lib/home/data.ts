// The organisation home, "what needs me": what the current member has to answer, the tensions
// they carry and the roles they fill. Every query is scoped by the organisation *and* the
// member, and each one walks an index (noted on each query) so the page stays fast as the
// organisation's history grows. Lists are bounded; the totals tell the page when to link to more.
import "server-only";
import type { TensionStatus } from "@/lib/generated/prisma/enums";
import { byRecordVersion } from "@/lib/record/version-cache";
import { db } from "@/lib/server/db";
import { calendarDate, termState, type TermState } from "./term";

export const HOME_LIST_LIMIT = 10;

/** Tension statuses that still need their author: not yet resolved or dropped. */
export const OPEN_TENSION_STATUSES = ["draft", "open", "processing"] as const satisfies readonly TensionStatus[];

export type OpenTensionStatus = (typeof OPEN_TENSION_STATUSES)[number];

/** `recordVersion`, when given (the member context's), lets the roles I hold be kept per version (ADR 0016). */
export type HomeScope = { organizationId: string; membershipId: string; userId: string; recordVersion?: number };

export type PendingRound = { roundId: string; proposalId: string; title: string; deadlineAt: Date | null };
export type OpenTension = { id: string; title: string; status: OpenTensionStatus; circleName: string; createdAt: Date };
export type HeldRole = {
  assignmentId: string;
  roleId: string;
  roleName: string;
  circleName: string;
  focus: string | null;
  termEndsOn: Date | null;
  term: TermState | null;
};
export type Bounded<T> = { items: T[]; total: number };
export type HomeData = { rounds: Bounded<PendingRound>; tensions: Bounded<OpenTension>; roles: Bounded<HeldRole> };

type Options = { limit?: number; now?: Date; timeZone?: string };

/** Open rounds I take part in and have no current answer in (a superseded answer does not count). */
async function pendingRounds(scope: HomeScope, limit: number): Promise<Bounded<PendingRound>> {
  // RoundParticipant(organizationId, userId); the answer check uses Response(organizationId, roundId, userId).
  const where = {
    organizationId: scope.organizationId,
    userId: scope.userId,
    round: { status: "open" as const, responses: { none: { userId: scope.userId, supersededAt: null } } },
  };
  const [rows, total] = await Promise.all([
    db.roundParticipant.findMany({
      where,
      orderBy: [{ round: { deadlineAt: { sort: "asc", nulls: "last" } } }, { round: { openedAt: "asc" } }],
      take: limit,
      select: { round: { select: { id: true, proposalId: true, deadlineAt: true, version: { select: { title: true } } } } },
    }),
    db.roundParticipant.count({ where }),
  ]);
  return {
    total,
    items: rows.map(({ round }) => ({
      roundId: round.id,
      proposalId: round.proposalId,
      title: round.version.title,
      deadlineAt: round.deadlineAt,
    })),
  };
}

/** Tensions I raised that are still alive, newest first. */
async function openTensions(scope: HomeScope, limit: number): Promise<Bounded<OpenTension>> {
  // Tension(organizationId, authorId, createdAt).
  const where = { organizationId: scope.organizationId, authorId: scope.userId, status: { in: [...OPEN_TENSION_STATUSES] } };
  const [rows, total] = await Promise.all([
    db.tension.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { id: true, title: true, status: true, createdAt: true, circle: { select: { name: true } } },
    }),
    db.tension.count({ where }),
  ]);
  return {
    total,
    // The `where` above only lets open statuses through; the cast records that for the type checker.
    items: rows.map(({ circle, status, ...tension }) => ({ ...tension, status: status as OpenTensionStatus, circleName: circle.name })),
  };
}

type HeldRow = { id: string; focus: string | null; termEndsOn: Date | null; role: { id: string; name: string; circle: { name: string } } };

/** My current role assignments, the nearest term end first: governance record, kept per version. */
async function heldRoles(scope: HomeScope, limit: number, today: Date): Promise<Bounded<HeldRole>> {
  // RoleAssignment(organizationId, membershipId).
  const where = {
    organizationId: scope.organizationId,
    membershipId: scope.membershipId,
    endedAt: null,
    role: { archivedAt: null },
  };
  const load = async (): Promise<{ rows: HeldRow[]; total: number }> => {
    const [rows, total] = await Promise.all([
      db.roleAssignment.findMany({
        where,
        orderBy: [{ termEndsOn: { sort: "asc", nulls: "last" } }, { startedAt: "asc" }],
        take: limit,
        select: {
          id: true,
          focus: true,
          termEndsOn: true,
          role: { select: { id: true, name: true, circle: { select: { name: true } } } },
        },
      }),
      db.roleAssignment.count({ where }),
    ]);
    return { rows, total };
  };
  const { rows, total } = await byRecordVersion(
    { id: scope.organizationId, recordVersion: scope.recordVersion },
    `held:${scope.membershipId}:${limit}`,
    load,
  );
  return {
    total,
    // The term's state depends on today: computed on every view, from the kept rows.
    items: rows.map((row) => ({
      assignmentId: row.id,
      roleId: row.role.id,
      roleName: row.role.name,
      circleName: row.role.circle.name,
      focus: row.focus,
      termEndsOn: row.termEndsOn,
      term: termState(row.termEndsOn, today),
    })),
  };
}

export async function getHomeData(scope: HomeScope, options: Options = {}): Promise<HomeData> {
  const limit = options.limit ?? HOME_LIST_LIMIT;
  const today = calendarDate(options.now ?? new Date(), options.timeZone ?? "Europe/Paris");
  const [rounds, tensions, roles] = await Promise.all([
    pendingRounds(scope, limit),
    openTensions(scope, limit),
    heldRoles(scope, limit, today),
  ]);
  return { rounds, tensions, roles };
}
