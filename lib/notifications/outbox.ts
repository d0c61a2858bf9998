// The development outbox: every email the app prepared (OutboundEmail), newest first. It shows
// the emails of every organisation, so it exists only outside production (see
// docs/decisions/0006-jobs.md, "Development outbox"): the page asks outboxEnabled() first.
import "server-only";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { outboxAllowed } from "./outbox-policy";

export const OUTBOX_PAGE_SIZE = 20;

export function outboxEnabled(): boolean {
  return outboxAllowed(env().NODE_ENV, process.env.INTERPOLES_DEV_OUTBOX);
}

export async function listOutbox(requestedPage: number) {
  const total = await db.outboundEmail.count();
  const pageCount = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pageCount);
  const items = await db.outboundEmail.findMany({
    select: { id: true, to: true, subject: true, text: true, sentAt: true, error: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * OUTBOX_PAGE_SIZE,
    take: OUTBOX_PAGE_SIZE,
  });
  return { items, page, pageCount };
}
