// Reads of tensions: the list, one tension, the places a tension can be raised in. Every query is
// scoped by the organisation, and drafts are filtered in the query itself (not after), so that a
// draft never leaves the database for anyone but its author.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TensionKind, TensionStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import type { TensionFilters } from "./filters";
import { tensionIdSchema } from "./schema";

export const TENSIONS_PER_PAGE = 20;

export type Reader = { organizationId: string; userId: string };

export type TensionRow = {
  id: string;
  title: string;
  kind: TensionKind;
  status: TensionStatus;
  isInterpoles: boolean;
  circle: { id: string; name: string };
  role: { id: string; name: string } | null;
  authorId: string;
  authorName: string;
  createdAt: Date;
  commentCount: number;
};

export type TensionPage = { items: TensionRow[]; page: number; pageCount: number; total: number };

/** What the reader may read at all: published tensions, and their own drafts. */
function readableBy(reader: Reader): Prisma.TensionWhereInput {
  return { organizationId: reader.organizationId, OR: [{ status: { not: "draft" } }, { authorId: reader.userId }] };
}

/** Published tensions, plus the reader's own drafts when the reader asks for theirs. */
export function visibleWhere(reader: Reader, filters: Pick<TensionFilters, "mine" | "circleId" | "status" | "kind">): Prisma.TensionWhereInput {
  const showDrafts = filters.mine || filters.status === "draft";
  return {
    // Whatever else is asked, a draft only ever matches its own author.
    ...readableBy(reader),
    ...(showDrafts ? {} : { NOT: { status: "draft" } }),
    ...(filters.mine ? { authorId: reader.userId } : {}),
    ...(filters.circleId ? { circleId: filters.circleId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
  };
}

const rowSelect = {
  id: true,
  title: true,
  kind: true,
  status: true,
  isInterpoles: true,
  authorId: true,
  createdAt: true,
  circle: { select: { id: true, name: true } },
  role: { select: { id: true, name: true } },
  _count: { select: { comments: { where: { kind: "comment" } } } },
} satisfies Prisma.TensionSelect;

/** Names of the authors, through their memberships of this organisation (former members too). */
export async function authorNames(organizationId: string, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.membership.findMany({
    where: { organizationId, userId: { in: [...new Set(userIds)] } },
    select: { userId: true, user: { select: { name: true } } },
  });
  return new Map(rows.map((row) => [row.userId, row.user.name]));
}

/** Newest first, a page of 25 at a time; `page` past the end shows the last page. */
export async function listTensions(reader: Reader, filters: TensionFilters): Promise<TensionPage> {
  const where = visibleWhere(reader, filters);
  const total = await db.tension.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / TENSIONS_PER_PAGE));
  const page = Math.min(filters.page, pageCount);
  const rows = await db.tension.findMany({
    where,
    select: rowSelect,
    // The id (a UUIDv7, time-ordered) breaks ties, so that pages never overlap.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * TENSIONS_PER_PAGE,
    take: TENSIONS_PER_PAGE,
  });
  const names = await authorNames(reader.organizationId, rows.map((row) => row.authorId));
  return {
    items: rows.map(({ _count, ...row }) => ({ ...row, authorName: names.get(row.authorId) ?? "", commentCount: _count.comments })),
    page,
    pageCount,
    total,
  };
}

export type TensionDetail = TensionRow & { whatIs: string; whatCouldBe: string; example: string; updatedAt: Date };

/** One tension, or null when unknown, of another organisation, or someone else's draft. */
export async function getTension(reader: Reader, tensionId: string): Promise<TensionDetail | null> {
  if (!tensionIdSchema.safeParse(tensionId).success) return null;
  const row = await db.tension.findFirst({
    where: { id: tensionId, ...readableBy(reader) },
    select: { ...rowSelect, whatIs: true, whatCouldBe: true, example: true, updatedAt: true },
  });
  if (!row) return null;
  const names = await authorNames(reader.organizationId, [row.authorId]);
  const { _count, ...rest } = row;
  return { ...rest, authorName: names.get(row.authorId) ?? "", commentCount: _count.comments };
}
