// Who sees which events. A draft (tension or proposal) is a note to oneself: its events are its
// author's alone, as the draft itself is (lib/tensions/policy.ts, lib/proposals/policy.ts), and
// they become everyone's when it is published. The rule follows the subject's *current* status,
// so that the journal never shows more than the pages it links to.
import "server-only";
import { db } from "@/lib/server/db";

/** Ids of the drafts of others in the organisation: events about them are left out. */
export async function hiddenSubjectIds(organizationId: string, viewerUserId: string): Promise<string[]> {
  const where = { organizationId, status: "draft" as const, authorId: { not: viewerUserId } };
  const [tensions, proposals] = await Promise.all([
    db.tension.findMany({ where, select: { id: true } }),
    db.proposal.findMany({ where, select: { id: true } }),
  ]);
  return [...tensions, ...proposals].map((row) => row.id);
}
