"use server";
// Server Actions of member management: thin adapters around ./mutations.ts. The organisation
// comes from the slug and the session (memberContextOrNull), never from the form.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { type ActionState, failure } from "@/lib/forms/action-state";
import { textField } from "@/lib/organizations/form-data";
import { changeMemberPermission, type MemberMutationResult, removeMember } from "./mutations";
import { memberWrite } from "@/lib/forms/member-write";

type Failure = Extract<MemberMutationResult, { ok: false }>["reason"];

async function failureMessage(reason: Failure): Promise<string> {
  const t = await getTranslations();
  if (reason === "forbidden") return t("common.errors.forbidden");
  if (reason === "lastAdmin") return t("members.errors.lastAdmin");
  if (reason === "invalidPermission") return t("members.errors.permissionInvalid");
  return t("members.errors.notFound");
}

export async function changePermissionAction(slug: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations();
  const gate = await memberWrite(slug, formData);
  if (!gate.ok) return gate.refused;
  const { context } = gate;
  const result = await changeMemberPermission(context, {
    membershipId: textField(formData, "membershipId"),
    permission: textField(formData, "permission"),
  });
  if (!result.ok) return failure(await failureMessage(result.reason), formData);
  revalidatePath(`/o/${slug}`, "layout");
  return { status: "success", message: t("members.change.done", { name: result.name }) };
}

export async function removeMemberAction(slug: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const gate = await memberWrite(slug, formData);
  if (!gate.ok) return gate.refused;
  const { context } = gate;
  const membershipId = textField(formData, "membershipId");
  const result = await removeMember(context, { membershipId });
  if (!result.ok) return failure(await failureMessage(result.reason), formData);
  // Someone who removed themselves has no access left here.
  if (membershipId === context.membership.id) redirect("/orgs");
  // The removed row, and the form that would show the outcome, disappear: the page says it.
  revalidatePath(`/o/${slug}`, "layout");
  redirect(`/o/${encodeURIComponent(slug)}/members?notice=removed`);
}
