"use server";
// Server Actions of elections: thin adapters around ./mutations.ts. The organisation comes from the
// slug and the session (memberContextOrNull), never from the form; the meeting and item ids are
// bound by the page and checked again, scoped by that organisation, by the mutation.
import { revalidatePath } from "next/cache";
import { getTranslations } from "@/lib/i18n/server";
import { type ActionState, failure } from "@/lib/forms/action-state";
import type { MeetingResult } from "@/lib/meetings/change";
import type { MemberContext } from "@/lib/organizations/context";
import { textField } from "@/lib/organizations/form-data";
import { db } from "@/lib/server/db";
import * as m from "./mutations";
import { memberWrite } from "@/lib/forms/member-write";

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Core = (context: MemberContext) => Promise<MeetingResult | m.ProposeResult>;
type Done = "added" | "terms" | "opened" | "nominated" | "revealed" | "proposed";

/** Authenticates, limits the writes, runs the use case as this member, translates the outcome. */
async function perform(slug: string, formData: FormData, done: Done, core: Core): Promise<ActionState> {
  const t = (await getTranslations()) as unknown as Translate;
  const gate = await memberWrite(slug, formData);
  if (!gate.ok) return gate.refused;
  const { context } = gate;
  const result = await core(context);
  if (!result.ok) {
    if (result.reason === "process") {
      revalidatePath(`/o/${slug}`, "layout");
      return failure(t("elections.refusals.process", { reason: t(`rounds.refusals.${result.refusal}`) }), formData);
    }
    const errors = Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([field, key]) => [field, t(key)]));
    // A refusal about the whole form (no field of its own) reads as the message itself.
    const message = errors.form ?? t(`elections.refusals.${result.reason}`);
    return failure(message, formData, errors);
  }
  revalidatePath(`/o/${slug}`, "layout");
  return { status: "success", message: t(`elections.done.${done}`) };
}

const fields = (formData: FormData, names: readonly string[]) => Object.fromEntries(names.map((name) => [name, textField(formData, name)]));

export async function addElectionAction(slug: string, meetingId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return perform(slug, formData, "added", (ctx) => m.addElectionItem(db, ctx, meetingId, fields(formData, ["roleId", "termEndsOn", "criteria"])));
}

export async function setTermsAction(slug: string, meetingId: string, itemId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return perform(slug, formData, "terms", (ctx) => m.setElectionTerms(db, ctx, meetingId, itemId, fields(formData, ["termEndsOn", "criteria"])));
}

export async function openNominationsAction(slug: string, meetingId: string, itemId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return perform(slug, formData, "opened", (ctx) => m.openNominations(db, ctx, meetingId, itemId));
}

export async function nominateAction(slug: string, meetingId: string, itemId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return perform(slug, formData, "nominated", (ctx) => m.nominate(db, ctx, meetingId, itemId, fields(formData, ["nomineeMembershipId", "reason"])));
}

export async function revealNominationsAction(slug: string, meetingId: string, itemId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return perform(slug, formData, "revealed", (ctx) => m.revealNominations(db, ctx, meetingId, itemId));
}

export async function proposeNomineeAction(slug: string, meetingId: string, itemId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return perform(slug, formData, "proposed", (ctx) => m.proposeNominee(db, ctx, meetingId, itemId, fields(formData, ["nomineeMembershipId"])));
}
