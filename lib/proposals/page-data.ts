// What the proposal page and the editor show of one version: its content, the record it changes
// (affected circles + what the changes name), the labels of ids, the preview and the engine's verdict.
import "server-only";
import { createHash } from "node:crypto";
import { byRecordVersion } from "@/lib/record/version-cache";
import type { ProposalForPage } from "./data";
import { versionContent } from "./data";
import type { DryRunVerdict } from "./dry-run";
import { recordLabels } from "./labels";
import { previewChanges } from "./preview";
import { loadRecordSnapshot, type MemberScope } from "./preview-data";
import { cachedDryRun } from "./verdict-cache";

type Organization = { id: string; recordVersion: number };

/**
 * The record a change set is previewed on. For a page that shows only the preview ("named"), it
 * is governance record only (the members it names are holders or named by the changes, and a
 * removal or rename moves the version): kept per record version and change set (ADR 0016). The
 * editor's snapshot lists every active member, and a member who joins does not move the version:
 * it is read each time.
 */
function recordFor(organization: Organization, circleIds: string[], changes: Parameters<typeof loadRecordSnapshot>[2], members: MemberScope) {
  const load = () => loadRecordSnapshot(organization.id, circleIds, changes, members);
  if (members !== "named") return load();
  const key = createHash("sha256").update(JSON.stringify([circleIds, changes])).digest("base64url");
  return byRecordVersion(organization, `snapshot:${key}`, load);
}

/** `members`: "all" for the editor (its member select), "named" for a page that only shows the preview. */
export async function versionWithPreview(organization: Organization, proposal: ProposalForPage, number: number, userId: string, withVerdict = true, members: MemberScope = "all") {
  const organizationId = organization.id;
  const version = await versionContent(organizationId, proposal.id, number);
  if (!version) return null;
  // The preview copies the record before changing it (cloneSnapshot): a kept snapshot stays intact.
  const record = await recordFor(organization, proposal.circles.map((circle) => circle.id), version.changes, members);
  const labels = recordLabels(record, version.changes);
  const preview = previewChanges(record, version.changes);
  const open = proposal.status === "draft" || proposal.status === "in_process";
  const verdict: DryRunVerdict = withVerdict && open && version.changes.length > 0
    ? await cachedDryRun({ organizationId, proposalId: proposal.id, circleId: proposal.circleId, versionId: version.id, actorUserId: userId, changes: version.changes })
    : null;
  return { version, record, labels, preview, verdict };
}
