// Direct edits of the governance record, as the edit pages make them: the current member's own
// organisation (never one named by a form), their authority checked here before the engine checks
// it again inside its transaction, and the core roles of new circles named in the reader's language.
import type { MemberContext } from "@/lib/organizations/context";
import type { Db } from "@/lib/server/db";
import { applyChanges, type ApplyResult } from "./apply";
import { coreRoleNames } from "./core-roles";
import { canEditDirectly } from "./policy";

export type DirectEditor = Pick<MemberContext, "user" | "organization" | "membership">;

/** Whether this member may edit the record directly, as the pages ask before showing a form. */
export function mayEditDirectly(editor: DirectEditor): boolean {
  return canEditDirectly(editor.organization.governanceEditMode, editor.membership.permission);
}

export async function applyDirectEdit(
  db: Db,
  editor: DirectEditor,
  changes: readonly unknown[],
  options: { locale?: string; now?: Date } = {},
): Promise<ApplyResult> {
  if (!mayEditDirectly(editor)) return { ok: false, index: -1, reason: "forbidden" };
  return applyChanges(db, {
    organizationId: editor.organization.id,
    actorUserId: editor.user.id,
    isDirectEdit: true,
    changes,
    now: options.now,
    coreRoleNames: coreRoleNames(options.locale),
  });
}
