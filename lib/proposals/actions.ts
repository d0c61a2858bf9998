"use server";
// Server Actions of proposals: thin adapters around ./draft.ts and ./mutations.ts. The organisation
// comes from the slug and the session (memberContextOrNull), never from the form.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { type ActionState, failure } from "@/lib/forms/action-state";
import { textField } from "@/lib/organizations/form-data";
import { isChangeKind } from "@/lib/record/changes";
import { reasonMessageKey } from "@/lib/record/reasons";
import { db } from "@/lib/server/db";
import { changeFromForm, moveChange, nextRef } from "./change-form";
import { draftProposal } from "./draft";
import { editProposal, type EditResult, type VersionContent, withdrawProposal } from "./mutations";
import { memberWrite } from "@/lib/forms/member-write";

/** Translation by computed keys (reasons, schema issues): next-intl's typed keys cannot follow them. */
type Translate = (key: string, values?: Record<string, string | number>) => string;

async function translator(): Promise<Translate> {
  return (await getTranslations()) as unknown as Translate;
}

const base = (slug: string, proposalId: string) => `/o/${encodeURIComponent(slug)}/proposals/${encodeURIComponent(proposalId)}`;

function expectedVersion(formData: FormData): number | undefined {
  const raw = textField(formData, "version");
  return /^\d+$/.test(raw) ? Number(raw) : undefined;
}

function editFailure(t: Translate, result: Exclude<EditResult, { ok: true }>, formData: FormData): ActionState {
  switch (result.reason) {
    case "invalid_text": {
      const errors = Object.fromEntries(result.issues.map((issue) => [issue.path || "form", t(issue.message)]));
      return failure(t("proposals.errors.correct"), formData, errors);
    }
    case "invalid_change":
      return failure(t("proposals.errors.changeRefused", { position: result.index + 1, reason: t(reasonMessageKey(result.refusal)) }), formData);
    default:
      return failure(t(`proposals.errors.${result.reason}`), formData);
  }
}

export async function draftProposalAction(slug: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await translator();
  const gate = await memberWrite(slug, formData);
  if (!gate.ok) return gate.refused;
  const { context } = gate;
  const result = await draftProposal(db, context, {
    tensionId: textField(formData, "tensionId"), title: textField(formData, "title"), reasons: textField(formData, "reasons"),
    body: textField(formData, "body"), circleIds: formData.getAll("circleIds").filter((value) => typeof value === "string"),
  });
  if (!result.ok) {
    if (result.reason === "invalid") {
      const errors = Object.fromEntries((result.issues ?? []).map((issue) => [issue.path || "form", t(issue.message)]));
      return failure(t("proposals.errors.correct"), formData, errors);
    }
    return failure(t(`proposals.errors.${result.reason}`), formData);
  }
  revalidatePath(`/o/${slug}`, "layout");
  redirect(`${base(slug, result.proposalId)}/edit`);
}

async function edit(slug: string, proposalId: string, formData: FormData, change: (current: VersionContent) => VersionContent | ActionState) {
  const t = await translator();
  const gate = await memberWrite(slug, formData);
  if (!gate.ok) return { state: gate.refused };
  const { context } = gate;
  let refused: ActionState | null = null;
  const result = await editProposal(db, context, proposalId, (current) => {
    const next = change(current);
    if ("status" in next) {
      refused = next;
      return current;
    }
    return next;
  }, { expectedVersion: expectedVersion(formData) });
  if (refused) return { state: refused as ActionState };
  if (!result.ok) return { state: editFailure(t, result, formData) };
  revalidatePath(`/o/${slug}`, "layout");
  return { state: null, result };
}

export async function saveTextAction(slug: string, proposalId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const outcome = await edit(slug, proposalId, formData, (current) => ({
    ...current, title: textField(formData, "title"), reasons: textField(formData, "reasons"), body: textField(formData, "body"),
  }));
  if (outcome.state) return outcome.state;
  redirect(`${base(slug, proposalId)}/edit?notice=saved`);
}

export async function addChangeAction(slug: string, proposalId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await translator();
  const kind = textField(formData, "kind");
  if (!isChangeKind(kind)) return failure(t("proposals.errors.invalidField"), formData);
  const outcome = await edit(slug, proposalId, formData, (current) => {
    const parsed = changeFromForm(kind, formData, nextRef(kind, current.changes));
    if (!parsed.ok) {
      const errors = Object.fromEntries(Object.entries(parsed.fieldErrors).map(([field, key]) => [field, t(key)]));
      return failure(t("proposals.errors.correct"), formData, errors);
    }
    return { ...current, changes: [...current.changes, parsed.change] };
  });
  if (outcome.state) return outcome.state;
  redirect(`${base(slug, proposalId)}/edit?notice=added`);
}

/** Remove or move one change (buttons of the change list): `index` and `op` = remove | up | down. */
export async function changeListAction(slug: string, proposalId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const index = Number(textField(formData, "index"));
  const op = textField(formData, "op");
  const outcome = await edit(slug, proposalId, formData, (current) => ({
    ...current,
    changes: op === "remove" ? current.changes.filter((_, position) => position !== index) : moveChange(current.changes, index, op === "up" ? "up" : "down"),
  }));
  if (outcome.state) return outcome.state;
  redirect(`${base(slug, proposalId)}/edit?notice=${op === "remove" ? "removed" : "moved"}`);
}

export async function withdrawAction(slug: string, proposalId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await translator();
  const gate = await memberWrite(slug, formData);
  if (!gate.ok) return gate.refused;
  const { context } = gate;
  const result = await withdrawProposal(db, context, proposalId);
  if (!result.ok) return failure(t(`proposals.errors.${result.reason}`), formData);
  revalidatePath(`/o/${slug}`, "layout");
  redirect(`${base(slug, proposalId)}?notice=withdrawn`);
}
