// Writing a proposal's versions. One entry point, editProposal, used by the editor: the proposal row
// is locked first (FOR UPDATE), so two edits of one proposal are serialised and the second sees the
// first's result. A draft's version is edited in place; once the process has started, every edit is
// an amendment: a NEW version (copy of the change set + the edit) and `currentVersion` moves on by
// compare-and-set. A version a round was opened on is never modified.
import type { Db, Tx } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/organizations/unique-violation";
import { type ChangeInput, parseStoredChange, toStoredChange } from "@/lib/record/changes";
import { parseChanges } from "@/lib/record/apply";
import type { RefusalReason } from "@/lib/record/reasons";
import type { ProposalActor } from "./draft";
import { editMode, editRefusal } from "./policy";
import { versionTextSchema, type VersionText } from "./schema";

export type VersionContent = VersionText & { changes: ChangeInput[] };

export type EditFailure =
  | { ok: false; reason: "not_found" | "forbidden" | "closed" | "round_open" | "stale" | "not_in_process" }
  | { ok: false; reason: "invalid_text"; issues: { path: string; message: string }[] }
  /** A change of the set is refused: its position, the engine's reason and the field. */
  | { ok: false; reason: "invalid_change"; index: number; refusal: RefusalReason; field?: string };

export type EditResult = { ok: true; versionId: string; number: number; amended: boolean } | EditFailure;

type EditOptions = {
  /** The version number the author saw: a later one means their view is stale. */
  expectedVersion?: number;
  /** Only amendments are accepted (the consent process's integrations). */
  amendmentOnly?: boolean;
  /** Objections this amendment addresses: recorded in the Event only (the consent process keeps the rest). */
  addressesObjectionIds?: string[];
};

async function currentContent(tx: Tx, organizationId: string, proposalId: string, number: number) {
  const version = await tx.proposalVersion.findFirstOrThrow({
    where: { organizationId, proposalId, number },
    select: {
      id: true, title: true, reasons: true, body: true, _count: { select: { rounds: true } },
      changes: { select: { kind: true, payload: true }, orderBy: { position: "asc" } },
    },
  });
  // Stored changes were validated on save; one that no longer parses is kept as it was.
  const changes = version.changes.map((row) => {
    const parsed = parseStoredChange(row);
    return (parsed.success ? parsed.data : { ...(row.payload as object), kind: row.kind }) as ChangeInput;
  });
  return { id: version.id, hasRound: version._count.rounds > 0, content: { title: version.title, reasons: version.reasons, body: version.body, changes } };
}

function storedRows(organizationId: string, versionId: string, changes: readonly ChangeInput[]) {
  return changes.map((change, position) => {
    const { kind, payload } = toStoredChange(change);
    return { organizationId, versionId, position, kind, payload: payload as object };
  });
}

export async function editProposal(
  db: Db, actor: ProposalActor, proposalId: string, edit: (current: VersionContent) => VersionContent, options: EditOptions = {},
): Promise<EditResult> {
  const organizationId = actor.organization.id;
  const userId = actor.user.id;
  if (!/^[0-9a-f-]{36}$/i.test(proposalId)) return { ok: false, reason: "not_found" };
  try {
    return await db.$transaction(async (tx): Promise<EditResult> => {
      await tx.$queryRaw`SELECT id FROM "Proposal" WHERE id = ${proposalId}::uuid AND "organizationId" = ${organizationId}::uuid FOR UPDATE`;
      const proposal = await tx.proposal.findFirst({
        where: { id: proposalId, organizationId },
        select: { id: true, authorId: true, status: true, currentVersion: true, circleId: true },
      });
      // A draft of someone else is as invisible as an unknown id.
      if (!proposal || (proposal.status === "draft" && proposal.authorId !== userId)) return { ok: false, reason: "not_found" };
      if (proposal.authorId !== userId) return { ok: false, reason: "forbidden" };
      const roundOpen = (await tx.consentRound.count({ where: { organizationId, proposalId: proposal.id, status: "open" } })) > 0;
      const refusal = editRefusal({ ...proposal, roundOpen }, userId);
      if (refusal) return { ok: false, reason: refusal };
      const mode = editMode({ ...proposal, roundOpen }, userId)!;
      if (options.amendmentOnly && mode !== "amendment") return { ok: false, reason: "not_in_process" };
      if (options.expectedVersion !== undefined && options.expectedVersion !== proposal.currentVersion) return { ok: false, reason: "stale" };

      const current = await currentContent(tx, organizationId, proposal.id, proposal.currentVersion);
      const next = edit(current.content);
      const text = versionTextSchema.safeParse(next);
      if (!text.success) {
        return { ok: false, reason: "invalid_text", issues: text.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })) };
      }
      const parsed = parseChanges(next.changes);
      if (!parsed.ok) return { ok: false, reason: "invalid_change", index: parsed.index, refusal: parsed.reason, ...(parsed.field ? { field: parsed.field } : {}) };

      if (mode === "in_place" && !current.hasRound) {
        await tx.proposalVersion.update({ where: { organizationId_id: { organizationId, id: current.id } }, data: text.data });
        await tx.proposalChange.deleteMany({ where: { organizationId, versionId: current.id } });
        await tx.proposalChange.createMany({ data: storedRows(organizationId, current.id, parsed.changes) });
        await tx.proposal.update({ where: { organizationId_id: { organizationId, id: proposal.id } }, data: { updatedAt: new Date() } });
        await tx.event.create({
          data: { organizationId, circleId: proposal.circleId, actorId: userId, kind: "proposal.edited", subjectId: proposal.id, data: { number: proposal.currentVersion } },
        });
        return { ok: true, versionId: current.id, number: proposal.currentVersion, amended: false };
      }

      const number = proposal.currentVersion + 1;
      const moved = await tx.proposal.updateMany({
        where: { id: proposal.id, organizationId, currentVersion: proposal.currentVersion, status: proposal.status },
        data: { currentVersion: number },
      });
      if (moved.count === 0) return { ok: false, reason: "stale" };
      const version = await tx.proposalVersion.create({
        data: { organizationId, proposalId: proposal.id, number, ...text.data, authorId: userId },
        select: { id: true },
      });
      await tx.proposalChange.createMany({ data: storedRows(organizationId, version.id, parsed.changes) });
      await tx.event.create({
        data: {
          organizationId, circleId: proposal.circleId, actorId: userId, kind: "proposal.amended", subjectId: proposal.id,
          data: { number, versionId: version.id, addressesObjectionIds: options.addressesObjectionIds ?? [] },
        },
      });
      return { ok: true, versionId: version.id, number, amended: true };
    });
  } catch (error) {
    // Backstop: the unique (organizationId, proposalId, number) refuses a second version N+1.
    if (isUniqueViolation(error)) return { ok: false, reason: "stale" };
    throw error;
  }
}

export type AmendInput = {
  proposalId: string;
  title?: string;
  reasons?: string;
  body?: string;
  changes: readonly unknown[];
  /** The version the amendment was written from; defaults to the current one. */
  expectedVersion?: number;
  addressesObjectionIds?: string[];
};

/**
 * An amendment (consent.md §2, steps 4 and 6): only by the proposer of a proposal in process.
 * Creates a new version and returns its id and number; stores nothing about objections.
 */
export function amendProposal(db: Db, actor: ProposalActor, input: AmendInput): Promise<EditResult> {
  return editProposal(
    db, actor, input.proposalId,
    (current) => ({
      title: input.title ?? current.title,
      reasons: input.reasons ?? current.reasons,
      body: input.body ?? current.body,
      changes: input.changes as ChangeInput[],
    }),
    { amendmentOnly: true, expectedVersion: input.expectedVersion, addressesObjectionIds: input.addressesObjectionIds },
  );
}

export type WithdrawResult = { ok: true } | { ok: false; reason: "not_found" | "forbidden" | "closed" };

/** The proposer withdraws a draft. Its tension returns to `open` if no other proposal answers it. */
export async function withdrawProposal(db: Db, actor: ProposalActor, proposalId: string): Promise<WithdrawResult> {
  const organizationId = actor.organization.id;
  const userId = actor.user.id;
  if (!/^[0-9a-f-]{36}$/i.test(proposalId)) return { ok: false, reason: "not_found" };
  return db.$transaction(async (tx): Promise<WithdrawResult> => {
    const proposal = await tx.proposal.findFirst({ where: { id: proposalId, organizationId }, select: { id: true, authorId: true, status: true, tensionId: true, circleId: true } });
    if (!proposal || (proposal.status === "draft" && proposal.authorId !== userId)) return { ok: false, reason: "not_found" };
    if (proposal.authorId !== userId) return { ok: false, reason: "forbidden" };
    const withdrawn = await tx.proposal.updateMany({ where: { id: proposal.id, organizationId, status: "draft" }, data: { status: "withdrawn" } });
    if (withdrawn.count === 0) return { ok: false, reason: "closed" };
    if (proposal.tensionId) {
      const others = await tx.proposal.count({ where: { organizationId, tensionId: proposal.tensionId, status: { in: ["draft", "in_process"] } } });
      if (others === 0) {
        await tx.tension.updateMany({ where: { id: proposal.tensionId, organizationId, status: "processing" }, data: { status: "open" } });
      }
    }
    await tx.event.create({ data: { organizationId, circleId: proposal.circleId, actorId: userId, kind: "proposal.withdrawn", subjectId: proposal.id } });
    return { ok: true };
  });
}
