"use server";
// Server Actions of the direct-edit pages and of the organisation settings: thin adapters. The
// organisation comes from the slug and the session (memberContextOrNull), never from the form;
// authority is checked here, then again by the engine inside its transaction.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { type ActionState, failure } from "@/lib/forms/action-state";
import { db } from "@/lib/server/db";
import type { ChangeKind } from "./changes";
import { applyDirectEdit, mayEditDirectly } from "./direct-edit";
import { archivedEntityHome } from "./edit-data";
import { changeFromForm } from "./form-changes";
import { setGovernanceEditMode } from "./mutations";
import { canSetGovernanceEditMode } from "./policy";
import { reasonMessageKey } from "./reasons";
import { memberWrite } from "@/lib/forms/member-write";

/** The confirmation of a change kind (recordEdit.done.*). */
function done(kind: ChangeKind): "assigned" | "ended" | "added" | "moved" | "removed" | "saved" {
  if (kind === "assignment.add") return "assigned";
  if (kind === "assignment.remove") return "ended";
  const verb = kind.split(".")[1];
  if (verb === "create" || verb === "add") return "added";
  if (verb === "move" || verb === "reorder") return "moved";
  if (verb === "remove") return "removed";
  return "saved";
}

export async function directEditAction(slug: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations();
  // Keys computed at run time (zod issues, refusal reasons): all exist in both locales.
  type Key = Parameters<typeof t>[0];
  const gate = await memberWrite(slug, formData);
  if (!gate.ok) return gate.refused;
  const { context } = gate;
  if (!mayEditDirectly(context)) return failure(t("record.reasons.forbidden"), formData);

  const parsed = changeFromForm(formData);
  if (!parsed.ok) {
    const errors = Object.fromEntries(Object.entries(parsed.fieldErrors).map(([field, key]) => [field, t(key as Key)]));
    return failure(errors.form ?? t("common.errors.invalidInput"), formData, errors);
  }
  const result = await applyDirectEdit(db, context, [parsed.change], { locale: await getLocale() });
  if (!result.ok) {
    const message = result.reason === "outdated" ? t("recordEdit.errors.outdated") : t(reasonMessageKey(result.reason) as Key);
    return failure(message, formData, result.field ? { [result.field]: message } : {});
  }

  revalidatePath(`/o/${slug}`, "layout");
  const { change } = parsed;
  if (change.kind === "circle.archive" || change.kind === "role.archive") {
    // The edited page no longer exists: go to the circle that held it, which says what happened.
    const home = await archivedEntityHome(context.organization.id, change);
    const base = `/o/${encodeURIComponent(slug)}`;
    redirect(home ? `${base}/circles/${home}/edit?notice=${change.kind === "circle.archive" ? "circleArchived" : "roleArchived"}` : `${base}/circles`);
  }
  return { status: "success", message: t(`recordEdit.done.${done(change.kind)}`) };
}

export async function setGovernanceEditModeAction(slug: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations();
  const gate = await memberWrite(slug, formData);
  if (!gate.ok) return gate.refused;
  const { context } = gate;
  if (!canSetGovernanceEditMode(context.membership.permission)) return failure(t("common.errors.forbidden"), formData);
  const result = await setGovernanceEditMode(db, { organizationId: context.organization.id, actorUserId: context.user.id, mode: formData.get("mode") });
  if (!result.ok) {
    const message = result.reason === "forbidden" ? t("common.errors.forbidden") : t("settings.governance.invalid");
    return failure(message, formData, result.reason === "invalid" ? { mode: message } : {});
  }
  revalidatePath(`/o/${slug}`, "layout");
  return { status: "success", message: t(result.changed ? "settings.governance.saved" : "settings.governance.unchanged") };
}
