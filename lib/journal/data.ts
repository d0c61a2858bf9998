// The organisation's journal: its events, newest first, a page at a time (keyset on the
// (organizationId, occurredAt) and (organizationId, circleId, occurredAt) indexes), optionally one
// circle's. Each entry carries its sentence's key and values, and the page it leads to. Reusable:
// any page of the organisation can show a slice of it with components/journal/event-list.tsx.
import "server-only";
import { decodeCursor, newestFirst, olderThan, pageOf } from "@/lib/circles/cursor";
import { resolveNames } from "@/lib/circles/names";
import { db } from "@/lib/server/db";
import { eventPath, field, messageKey, subjectRef, uuidField } from "./describe";
import { hiddenSubjectIds } from "./visibility";

export const JOURNAL_PAGE_SIZE = 25;

export type JournalEvent = {
  id: string;
  kind: string;
  occurredAt: Date;
  /** null for what the application did by itself (a job), or an actor no longer known here. */
  actorName: string | null;
  /** A key of the `journal` namespace, and its values (names as they were when it happened). */
  messageKey: string;
  values: Record<string, string>;
  href: string | null;
  decisionId: string | null;
  isDirectEdit: boolean;
};

export type JournalQuery = {
  organizationId: string;
  slug: string;
  viewerUserId: string;
  circleId?: string | null;
  cursor?: string | null;
  pageSize?: number;
};

export async function journalPage(query: JournalQuery): Promise<{ items: JournalEvent[]; nextCursor: string | null }> {
  const { organizationId } = query;
  const size = query.pageSize ?? JOURNAL_PAGE_SIZE;
  const hidden = await hiddenSubjectIds(organizationId, query.viewerUserId);
  const rows = await db.event.findMany({
    where: {
      organizationId,
      ...(query.circleId ? { circleId: query.circleId } : {}),
      // `notIn` alone would also drop events without a subject (NULL NOT IN ... is unknown).
      ...(hidden.length > 0 ? { OR: [{ subjectId: null }, { subjectId: { notIn: hidden } }] } : {}),
      AND: [olderThan(decodeCursor(query.cursor ?? undefined))],
    },
    select: { id: true, kind: true, occurredAt: true, actorId: true, subjectId: true, circleId: true, data: true },
    orderBy: newestFirst,
    take: size + 1,
  });
  const page = pageOf(rows, size);
  const [names, titles] = await Promise.all([
    resolveNames(organizationId, {
      userIds: page.items.map((row) => row.actorId),
      roleIds: page.items.map((row) => field(row.data, "roleId")),
      membershipIds: page.items.map((row) => field(row.data, "membershipId") ?? (memberSubject(row.kind) ? row.subjectId : undefined)),
    }),
    subjectTitles(organizationId, page.items),
  ]);
  const items = page.items.map((row): JournalEvent => {
    const ref = subjectRef(row);
    const roleId = field(row.data, "roleId");
    const membershipId = field(row.data, "membershipId") ?? (memberSubject(row.kind) ? row.subjectId : null);
    return {
      id: row.id,
      kind: row.kind,
      occurredAt: row.occurredAt,
      actorName: (row.actorId && names.users.get(row.actorId)) || null,
      messageKey: messageKey(row.kind),
      values: {
        name: field(row.data, "name") ?? "",
        title: (ref && titles.get(ref.id)) || field(row.data, "title") || "",
        description: field(row.data, "description") ?? "",
        role: (roleId && names.roles.get(roleId)) || "",
        member: (membershipId && names.members.get(membershipId)) || "",
        permission: field(row.data, "to") ?? field(row.data, "permission") ?? "",
      },
      href: eventPath(query.slug, row),
      decisionId: uuidField(row.data, "decisionId") ?? null,
      isDirectEdit: isTrue(row.data, "isDirectEdit"),
    };
  });
  return { items, nextCursor: page.nextCursor };
}

function memberSubject(kind: string): boolean {
  return kind.startsWith("member.") || kind === "invitation.accepted";
}

function isTrue(data: unknown, key: string): boolean {
  return typeof data === "object" && data !== null && !Array.isArray(data) && (data as Record<string, unknown>)[key] === true;
}

/** Current titles of the tensions and proposals of a page: two queries, whatever its size. */
async function subjectTitles(
  organizationId: string,
  rows: readonly { kind: string; subjectId: string | null; data: unknown }[],
): Promise<Map<string, string>> {
  const refs = rows.map(subjectRef).filter((ref) => ref !== null);
  const tensionIds = [...new Set(refs.filter((r) => r.type === "tension").map((r) => r.id))];
  const proposalIds = [...new Set(refs.filter((r) => r.type === "proposal").map((r) => r.id))];
  const [tensions, proposals] = await Promise.all([
    tensionIds.length ? db.tension.findMany({ where: { organizationId, id: { in: tensionIds } }, select: { id: true, title: true } }) : [],
    proposalIds.length
      ? db.proposal.findMany({
          where: { organizationId, id: { in: proposalIds } },
          select: { id: true, versions: { select: { title: true }, orderBy: { number: "desc" }, take: 1 } },
        })
      : [],
  ]);
  const titles = new Map(tensions.map((t) => [t.id, t.title]));
  for (const p of proposals) if (p.versions[0]) titles.set(p.id, p.versions[0].title);
  return titles;
}

/** The circles a reader may filter the journal by (archived ones keep their events, not a place here). */
export async function journalCircles(organizationId: string): Promise<{ id: string; name: string }[]> {
  return db.circle.findMany({ where: { organizationId, archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
