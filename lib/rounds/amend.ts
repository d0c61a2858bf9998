// Amending for integration (consent.md §2, step 6): a new version written by the proposals module
// (amendProposal: same change set, the proposer's new texts), then the machine's `amend`, which
// records that this version integrates the chosen objections. Two transactions, because
// amendProposal owns its own: the machine is asked first (on the state as it is), the version
// number is checked by compare-and-set on both sides, and a failure of the second step leaves an
// ordinary amendment (a version integrating nothing) — never an objection marked as integrated by a
// version that does not exist.
import type { Db } from "@/lib/server/db";
import { transition } from "@/lib/consent/machine";
import { amendProposal, type EditResult } from "@/lib/proposals/mutations";
import { parseStoredChange } from "@/lib/record/changes";
import { actorOf } from "./capacities";
import { observerRefusal, type ProcessContext } from "./context";
import { loadProcess } from "./load";
import { type RunResult, runEvent } from "./run";

export type AmendInput = { proposalId: string; addresses: string[]; title: string; reasons: string; body: string; expectedVersion: number };
export type AmendResult = RunResult | Exclude<EditResult, { ok: true }>;

export async function amendForIntegration(db: Db, ctx: ProcessContext, input: AmendInput): Promise<AmendResult> {
  const refused = observerRefusal(ctx);
  if (refused) return refused;
  const organizationId = ctx.organization.id;
  const check = await db.$transaction(async (tx) => {
    const loaded = await loadProcess(tx, organizationId, input.proposalId);
    if (!loaded || (loaded.state.status === "draft" && loaded.proposal.authorId !== ctx.user.id)) return { ok: false as const, reason: "not_found" as const };
    const actor = await actorOf(tx, organizationId, loaded.proposal.circleId, ctx.user.id);
    const result = transition(loaded.state, { type: "amend", actor, addresses: input.addresses }, Date.now());
    if (!result.ok) return result;
    if (loaded.state.step !== "integration") return { ok: false as const, reason: "wrong_step" as const };
    if (loaded.state.currentVersion !== input.expectedVersion) return { ok: false as const, reason: "conflict" as const };
    const version = await tx.proposalVersion.findFirstOrThrow({
      where: { organizationId, proposalId: input.proposalId, number: loaded.state.currentVersion },
      select: { changes: { select: { kind: true, payload: true }, orderBy: { position: "asc" } } },
    });
    return { ok: true as const, changes: version.changes.map((row) => { const parsed = parseStoredChange(row); return parsed.success ? parsed.data : { ...(row.payload as object), kind: row.kind }; }) };
  });
  if (!check.ok) return check;

  const amended = await amendProposal(db, ctx, {
    proposalId: input.proposalId, title: input.title, reasons: input.reasons, body: input.body, changes: check.changes,
    expectedVersion: input.expectedVersion, addressesObjectionIds: input.addresses,
  });
  if (!amended.ok) return amended;
  const number = amended.number;
  return runEvent(db, {
    organizationId, proposalId: input.proposalId, actorUserId: ctx.user.id, now: new Date(), data: { addresses: input.addresses, number },
    // The version exists already: the machine sees the state just before it, and its `amend`
    // must land exactly on that number.
    prepare: (state) => (state.currentVersion === number ? { ...state, currentVersion: number - 1 } : state),
    event: ({ loaded, actor }) =>
      loaded.state.currentVersion !== number - 1 || !actor ? { ok: false, reason: "conflict" } : { type: "amend", actor, addresses: input.addresses },
  });
}
