// What the proposal page and the editor show of one version: its content, the record it changes
// (affected circles + what the changes name), the labels of ids, the preview and the engine's verdict.
import "server-only";
import type { ProposalForPage } from "./data";
import { versionContent } from "./data";
import type { DryRunVerdict } from "./dry-run";
import { recordLabels } from "./labels";
import { previewChanges } from "./preview";
import { loadRecordSnapshot, type MemberScope } from "./preview-data";
import { cachedDryRun } from "./verdict-cache";

/** `members`: "all" for the editor (its member select), "named" for a page that only shows the preview. */
export async function versionWithPreview(organizationId: string, proposal: ProposalForPage, number: number, userId: string, withVerdict = true, members: MemberScope = "all") {
  const version = await versionContent(organizationId, proposal.id, number);
  if (!version) return null;
  const record = await loadRecordSnapshot(organizationId, proposal.circles.map((circle) => circle.id), version.changes, members);
  const labels = recordLabels(record, version.changes);
  const preview = previewChanges(record, version.changes);
  const open = proposal.status === "draft" || proposal.status === "in_process";
  const verdict: DryRunVerdict = withVerdict && open && version.changes.length > 0
    ? await cachedDryRun({ organizationId, proposalId: proposal.id, circleId: proposal.circleId, versionId: version.id, actorUserId: userId, changes: version.changes })
    : null;
  return { version, record, labels, preview, verdict };
}
