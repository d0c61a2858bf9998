// Reads of proposals, scoped by organisation; a draft is visible to its author only (elsewhere it
// behaves exactly like an unknown id).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type ChangeInput, parseStoredChange } from "@/lib/record/changes";
import { db } from "@/lib/server/db";
import type { ListFilters } from "./schema";
import { isUuid } from "@/lib/circles/params";

export const PAGE_SIZE = 20;


/** Names of users (authors are User ids) who are or were members of the organisation. */
export async function userNames(organizationId: string, ids: readonly string[]): Promise<Map<string, string>> {
  const users = await db.user.findMany({ where: { id: { in: [...new Set(ids)] }, memberships: { some: { organizationId } } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}

export async function listProposals(organizationId: string, userId: string, filters: ListFilters) {
  const where: Prisma.ProposalWhereInput = {
    organizationId,
    OR: [{ status: { not: "draft" } }, { authorId: userId }],
    ...(filters.mine ? { authorId: userId } : {}),
    ...(filters.circle ? { affectedCircles: { some: { circleId: filters.circle } } } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
  const total = await db.proposal.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await db.proposal.findMany({
    where, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE,
    select: { id: true, status: true, authorId: true, currentVersion: true, updatedAt: true, isInterpoles: true, circle: { select: { name: true } }, versions: { select: { number: true, title: true }, orderBy: { number: "desc" }, take: 1 } },
  });
  const names = await userNames(organizationId, rows.map((row) => row.authorId));
  const items = rows.map((row) => ({
    id: row.id, status: row.status, updatedAt: row.updatedAt, isInterpoles: row.isInterpoles, circleName: row.circle.name,
    title: row.versions[0]?.title ?? "", currentVersion: row.currentVersion, authorName: names.get(row.authorId) ?? "",
  }));
  return { items, total, page, pageCount };
}

export async function activeCircles(organizationId: string) {
  return db.circle.findMany({ where: { organizationId, archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export async function tensionForDraft(organizationId: string, tensionId: unknown) {
  if (!isUuid(tensionId)) return null;
  return db.tension.findFirst({
    where: { id: tensionId, organizationId },
    select: { id: true, title: true, whatIs: true, whatCouldBe: true, kind: true, status: true, authorId: true, isInterpoles: true, circle: { select: { id: true, name: true } } },
  });
}

export async function proposalForPage(organizationId: string, userId: string, proposalId: string) {
  if (!isUuid(proposalId)) return null;
  const proposal = await db.proposal.findFirst({
    where: { id: proposalId, organizationId, OR: [{ status: { not: "draft" } }, { authorId: userId }] },
    select: {
      id: true, status: true, step: true, authorId: true, currentVersion: true, isInterpoles: true, createdAt: true, circleId: true,
      circle: { select: { id: true, name: true } },
      tension: { select: { id: true, title: true } },
      affectedCircles: { select: { circle: { select: { id: true, name: true } } } },
      versions: { select: { id: true, number: true, createdAt: true, authorId: true, title: true }, orderBy: { number: "desc" } },
      rounds: { where: { status: "open" }, select: { id: true }, take: 1 },
    },
  });
  if (!proposal) return null;
  const names = await userNames(organizationId, [proposal.authorId, ...proposal.versions.map((v) => v.authorId)]);
  return {
    ...proposal,
    authorName: names.get(proposal.authorId) ?? "",
    circles: proposal.affectedCircles.map((row) => row.circle),
    roundOpen: proposal.rounds.length > 0,
    versions: proposal.versions.map((version) => ({ ...version, authorName: names.get(version.authorId) ?? "" })),
  };
}

export type ProposalForPage = NonNullable<Awaited<ReturnType<typeof proposalForPage>>>;

/** One version's content, its change set parsed back into changes (as stored). */
export async function versionContent(organizationId: string, proposalId: string, number: number) {
  if (!Number.isInteger(number) || number < 1) return null;
  const version = await db.proposalVersion.findFirst({
    where: { organizationId, proposalId, number },
    select: { id: true, number: true, title: true, reasons: true, body: true, createdAt: true, authorId: true, changes: { select: { kind: true, payload: true }, orderBy: { position: "asc" } } },
  });
  if (!version) return null;
  const changes = version.changes.map((row) => {
    const parsed = parseStoredChange(row);
    return (parsed.success ? parsed.data : { ...(row.payload as object), kind: row.kind }) as ChangeInput;
  });
  return { ...version, changes };
}

export type VersionContentData = NonNullable<Awaited<ReturnType<typeof versionContent>>>;
