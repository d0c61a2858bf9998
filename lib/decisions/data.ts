// Reads of decisions: one decision with what it changed in the record, and the paginated list
// (optionally only those whose review date has come). Scoped by the organisation.
import "server-only";
import { db } from "@/lib/server/db";
import { parseStoredChange, type ChangeInput } from "@/lib/record/changes";
import type { DecisionRecord } from "./record";

export const DECISIONS_PER_PAGE = 20;

/** « À revoir »: the review date has come (reviewOn is a date; today counts). */
export function isDue(reviewOn: Date | null, now = new Date()): boolean {
  return reviewOn !== null && reviewOn.toISOString().slice(0, 10) <= now.toISOString().slice(0, 10);
}

function today(now = new Date()): Date {
  return new Date(now.toISOString().slice(0, 10));
}

export async function decisionForPage(organizationId: string, decisionId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(decisionId)) return null;
  const decision = await db.decision.findFirst({
    where: { id: decisionId, organizationId },
    select: {
      id: true, proposalId: true, adoptedAt: true, reviewOn: true, record: true, facilitatorId: true,
      circle: { select: { id: true, name: true } },
      version: { select: { number: true, title: true, reasons: true, body: true, changes: { select: { kind: true, payload: true }, orderBy: { position: "asc" } } } },
      recordChanges: { select: { id: true, entity: true, entityId: true, action: true, circleId: true, roleId: true, before: true, after: true }, orderBy: { occurredAt: "asc" } },
    },
  });
  if (!decision) return null;
  const facilitator = decision.facilitatorId ? await db.user.findUnique({ where: { id: decision.facilitatorId }, select: { name: true } }) : null;
  const changes = decision.version.changes.map((row) => {
    const parsed = parseStoredChange(row);
    return (parsed.success ? parsed.data : { ...(row.payload as object), kind: row.kind }) as ChangeInput;
  });
  return { ...decision, record: decision.record as unknown as DecisionRecord, facilitatorName: facilitator?.name ?? null, changes };
}

export type DecisionForPage = NonNullable<Awaited<ReturnType<typeof decisionForPage>>>;

export async function listDecisions(organizationId: string, options: { dueOnly: boolean; page: number }) {
  const where = { organizationId, ...(options.dueOnly ? { reviewOn: { lte: today() } } : {}) };
  const [rows, total] = await Promise.all([
    db.decision.findMany({
      where,
      orderBy: options.dueOnly ? [{ reviewOn: "asc" }, { id: "asc" }] : [{ adoptedAt: "desc" }, { id: "desc" }],
      skip: (options.page - 1) * DECISIONS_PER_PAGE,
      take: DECISIONS_PER_PAGE,
      select: { id: true, adoptedAt: true, reviewOn: true, circle: { select: { name: true } }, version: { select: { title: true, number: true } } },
    }),
    db.decision.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / DECISIONS_PER_PAGE)) };
}
