// A tension's comments and status notes, oldest first (a conversation reads in order), a page of
// 50 at a time. The caller has already checked, with getTension, that the reader may see it.
import "server-only";
import type { CommentKind, TensionStatus } from "@/lib/generated/prisma/enums";
import { TENSION_STATUSES } from "./filters";
import { db } from "@/lib/server/db";
import { authorNames } from "./data";

export const COMMENTS_PER_PAGE = 50;

/** `movedTo`: for a status note, the status the tension was moved to (read from its event). */
export type CommentRow = { id: string; kind: CommentKind; body: string; authorName: string; createdAt: Date; movedTo: TensionStatus | null };
export type CommentPage = { items: CommentRow[]; page: number; pageCount: number };

/** `page` defaults to the last one: the newest exchange is what a returning reader wants. */
export async function listComments(organizationId: string, tensionId: string, page?: number): Promise<CommentPage> {
  const where = { organizationId, tensionId };
  const total = await db.comment.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / COMMENTS_PER_PAGE));
  const current = Math.min(Math.max(1, page ?? pageCount), pageCount);
  const rows = await db.comment.findMany({
    where,
    select: { id: true, kind: true, body: true, authorId: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: (current - 1) * COMMENTS_PER_PAGE,
    take: COMMENTS_PER_PAGE,
  });
  const [names, moves] = await Promise.all([
    authorNames(organizationId, rows.map((row) => row.authorId)),
    statusMoves(organizationId, tensionId, rows.filter((row) => row.kind === "status_note").map((row) => row.id)),
  ]);
  return {
    items: rows.map(({ authorId, ...row }) => ({ ...row, authorName: names.get(authorId) ?? "", movedTo: moves.get(row.id) ?? null })),
    page: current,
    pageCount,
  };
}

/** The status each status note moved the tension to, from the events written with them. */
async function statusMoves(organizationId: string, tensionId: string, commentIds: string[]): Promise<Map<string, TensionStatus>> {
  if (commentIds.length === 0) return new Map();
  // Event(organizationId, subjectId) index.
  const events = await db.event.findMany({
    where: { organizationId, subjectId: tensionId, kind: "tension.status_changed" },
    select: { data: true },
  });
  const moves = new Map<string, TensionStatus>();
  for (const { data } of events) {
    if (typeof data !== "object" || data === null || Array.isArray(data)) continue;
    const { commentId, to } = data as Record<string, unknown>;
    const status = TENSION_STATUSES.find((value) => value === to);
    if (typeof commentId === "string" && commentIds.includes(commentId) && status) moves.set(commentId, status);
  }
  return moves;
}
