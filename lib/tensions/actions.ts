"use server";
// Server Actions of tensions: thin adapters around ./mutations.ts. The organisation comes from the
// slug and the session (memberContextOrNull), never from the form; ids in the form are checked
// by the mutations against that organisation.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { type ActionState, failure, formValues } from "@/lib/forms/action-state";
import { addComment, changeTensionStatus, createTension, publishTension, type Refused, updateTension } from "./mutations";
import { memberWrite } from "@/lib/forms/member-write";

async function refusal(result: Refused, formData: FormData): Promise<ActionState> {
  const t = await getTranslations();
  const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([field, key]) => [field, t(key as never)]));
  const messages: Record<Refused["reason"], string> = {
    forbidden: t("common.errors.forbidden"),
    notFound: t("tensions.errors.notFound"),
    invalid: t("common.errors.invalidInput"),
    stale: t("tensions.errors.stale"),
    closed: t("tensions.errors.closed"),
    invalidTransition: t("tensions.errors.statusInvalid"),
  };
  return failure(messages[result.reason], formData, fieldErrors);
}

/** The fields of the tension form as plain data; an unticked checkbox is simply absent. */
function tensionInput(formData: FormData): Record<string, unknown> {
  return { ...formValues(formData), isInterpoles: formData.get("isInterpoles") === "on" };
}

const tensionPath = (slug: string, tensionId: string) => `/o/${encodeURIComponent(slug)}/tensions/${tensionId}`;

export async function createTensionAction(slug: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const gate = await memberWrite(slug, formData, "tensions.errors.notFound");
  if (!gate.ok) return gate.refused;
  const { context } = gate;
  const result = await createTension(context, tensionInput(formData));
  if (!result.ok) return refusal(result, formData);
  revalidatePath(`/o/${slug}`, "layout");
  redirect(`${tensionPath(slug, result.tensionId)}?notice=${result.status === "draft" ? "drafted" : "raised"}`);
}

export async function updateTensionAction(slug: string, tensionId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const gate = await memberWrite(slug, formData, "tensions.errors.notFound");
  if (!gate.ok) return gate.refused;
  const { context } = gate;
  const result = await updateTension(context, tensionId, tensionInput(formData));
  if (!result.ok) return refusal(result, formData);
  revalidatePath(`/o/${slug}`, "layout");
  redirect(`${tensionPath(slug, tensionId)}?notice=${formData.get("intent") === "raise" ? "raised" : "saved"}`);
}

export async function publishTensionAction(slug: string, tensionId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const gate = await memberWrite(slug, formData, "tensions.errors.notFound");
  if (!gate.ok) return gate.refused;
  const { context } = gate;
  const result = await publishTension(context, tensionId);
  if (!result.ok) return refusal(result, formData);
  revalidatePath(`/o/${slug}`, "layout");
  redirect(`${tensionPath(slug, tensionId)}?notice=raised`);
}

export async function addCommentAction(slug: string, tensionId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const gate = await memberWrite(slug, formData, "tensions.errors.notFound");
  if (!gate.ok) return gate.refused;
  const { context } = gate;
  const result = await addComment(context, tensionId, formValues(formData));
  if (!result.ok) return refusal(result, formData);
  revalidatePath(tensionPath(slug, tensionId));
  // The new comment is on the last page; the anchor brings the reader back to the form.
  redirect(`${tensionPath(slug, tensionId)}#comment-${result.commentId}`);
}

export async function changeStatusAction(slug: string, tensionId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const gate = await memberWrite(slug, formData, "tensions.errors.notFound");
  if (!gate.ok) return gate.refused;
  const { context } = gate;
  const result = await changeTensionStatus(context, tensionId, formValues(formData));
  if (!result.ok) return refusal(result, formData);
  revalidatePath(`/o/${slug}`, "layout");
  redirect(`${tensionPath(slug, tensionId)}?notice=status`);
}
