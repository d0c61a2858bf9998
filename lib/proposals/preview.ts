// « Le registre après adoption »: the record of the affected circles as it would be once a change
// set is adopted, and what differs, change by change. Pure: the page loads the record
// (./preview-data.ts) and hands it in.
//
// Unlike the engine, which refuses a whole set at its first refused change, the preview goes on
// after a change that cannot apply (skipping it), so that the proposer sees every problem at once.
// The engine's own verdict comes from a dry run (./dry-run.ts); this function explains each change.
import { changeSchema, type ChangeInput, type ChangeKind, type ChangeOf } from "@/lib/record/changes";
import type { RefusalReason } from "@/lib/record/reasons";
import { checkRefs } from "@/lib/record/rules";
import { PreviewProblem, type Difference, type PreviewContext } from "./preview-context";
import * as items from "./preview-items";
import { cloneSnapshot, type RecordSnapshot } from "./record-snapshot";
import * as structure from "./preview-structure";

export type PreviewIssue = { index: number; reason: RefusalReason; field?: string };
export type Preview = { after: RecordSnapshot; differences: Difference[]; issues: PreviewIssue[] };

const handlers: { [K in ChangeKind]: (ctx: PreviewContext, change: ChangeOf<K>) => void } = {
  "circle.create": structure.createCircle, "circle.update": structure.updateCircle,
  "circle.move": structure.moveCircle, "circle.archive": structure.archiveCircle,
  "role.create": structure.createRole, "role.update": structure.updateRole,
  "role.move": structure.moveRole, "role.archive": structure.archiveRole,
  "accountability.add": items.addAccountability, "accountability.update": items.updateAccountability,
  "accountability.reorder": items.reorderAccountabilities, "accountability.remove": items.removeAccountability,
  "domain.add": items.addDomain, "domain.update": items.updateDomain, "domain.remove": items.removeDomain,
  "policy.add": items.addPolicy, "policy.update": items.updatePolicy, "policy.remove": items.removePolicy,
  "assignment.add": items.addAssignment, "assignment.update": items.updateAssignment, "assignment.remove": items.removeAssignment,
};

export function previewChanges(record: RecordSnapshot, changes: readonly ChangeInput[], now: Date = new Date()): Preview {
  const ctx: PreviewContext = { record: cloneSnapshot(record), refs: new Map(), differences: [], index: 0, today: now.toISOString().slice(0, 10) };
  const issues: PreviewIssue[] = [];
  const parsed = changes.map((change) => changeSchema.safeParse(change));
  const valid = parsed.flatMap((result) => (result.success ? [result.data] : []));
  const refProblem = valid.length === parsed.length ? checkRefs(valid) : null;
  if (refProblem) issues.push(refProblem);
  parsed.forEach((result, index) => {
    ctx.index = index;
    if (!result.success) {
      issues.push({ index, reason: "invalid", field: result.error.issues[0]?.path.join(".") || undefined });
      return;
    }
    try {
      (handlers[result.data.kind] as (ctx: PreviewContext, change: unknown) => void)(ctx, result.data);
    } catch (error) {
      if (!(error instanceof PreviewProblem)) throw error;
      if (!issues.some((issue) => issue.index === index)) issues.push({ index, reason: error.reason, ...(error.field ? { field: error.field } : {}) });
    }
  });
  return { after: ctx.record, differences: ctx.differences, issues: issues.sort((a, b) => a.index - b.index) };
}
