// A circle's journal: the events that concern it, newest first, a page at a time (keyset on the
// (organizationId, circleId, occurredAt) index). Each entry carries what its sentence needs.
import "server-only";
import { db } from "@/lib/server/db";
import { decodeCursor, newestFirst, olderThan, pageOf } from "./cursor";
import { field, resolveNames } from "./names";
import { isUuid } from "./params";

export const JOURNAL_PAGE_SIZE = 6;

export type JournalEntry = {
  id: string;
  /** e.g. "record.role.created"; the page turns it into a sentence (or a generic one if unknown). */
  kind: string;
  occurredAt: Date;
  actorName: string | null;
  decisionId: string | null;
  isDirectEdit: boolean;
  /** Values of the sentence: names and titles as they were when the event happened. */
  values: { name: string; title: string; description: string; role: string; member: string };
};

export async function circleJournal(
  organizationId: string,
  circleId: string,
  cursor?: string,
): Promise<{ items: JournalEntry[]; nextCursor: string | null }> {
  if (!isUuid(circleId)) return { items: [], nextCursor: null };
  const rows = await db.event.findMany({
    where: { organizationId, circleId, ...olderThan(decodeCursor(cursor)) },
    select: { id: true, kind: true, occurredAt: true, actorId: true, data: true },
    orderBy: newestFirst,
    take: JOURNAL_PAGE_SIZE + 1,
  });
  const page = pageOf(rows, JOURNAL_PAGE_SIZE);
  const names = await resolveNames(organizationId, {
    userIds: page.items.map((row) => row.actorId),
    roleIds: page.items.map((row) => field(row.data, "roleId")),
    membershipIds: page.items.map((row) => field(row.data, "membershipId")),
  });
  const items = page.items.map((row): JournalEntry => {
    const data = row.data;
    const roleId = field(data, "roleId");
    const membershipId = field(data, "membershipId");
    const decisionId = field(data, "decisionId") ?? null;
    return {
      id: row.id,
      kind: row.kind,
      occurredAt: row.occurredAt,
      actorName: (row.actorId && names.users.get(row.actorId)) || null,
      decisionId,
      isDirectEdit: typeof data === "object" && data !== null && !Array.isArray(data) && data.isDirectEdit === true,
      values: {
        name: field(data, "name") ?? "",
        title: field(data, "title") ?? "",
        description: field(data, "description") ?? "",
        role: (roleId && names.roles.get(roleId)) || "",
        member: (membershipId && names.members.get(membershipId)) || "",
      },
    };
  });
  return { items, nextCursor: page.nextCursor };
}
