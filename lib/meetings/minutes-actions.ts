"use server";
// Server Actions of the minutes: thin adapters around minutes-mutations.ts. The organisation comes
// from the slug and the session, never from the form; each action authenticates, is rate-limited
// as a write before anything is parsed, and the mutation checks who may keep the minutes.
import { revalidatePath } from "next/cache";
import { getTranslations } from "@/lib/i18n/server";
import { type ActionState, failure } from "@/lib/forms/action-state";
import { db } from "@/lib/server/db";
import type { Actor, MeetingResult } from "./change";
import { publishMinutes, saveMinutesNotes, type PublishResult } from "./minutes-mutations";
import { memberWrite } from "@/lib/forms/member-write";

type Translate = (key: string, values?: Record<string, string>) => string;

async function perform(slug: string, meetingId: string, formData: FormData, core: (actor: Actor) => Promise<MeetingResult | PublishResult>, done: (result: PublishResult) => string): Promise<ActionState> {
  const t = (await getTranslations()) as unknown as Translate;
  const gate = await memberWrite(slug, formData);
  if (!gate.ok) return gate.refused;
  const { context } = gate;
  const result = await core(context);
  if (!result.ok) {
    const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([field, key]) => [field, t(key)]));
    return failure(t(`minutes.refusals.${result.reason}`), formData, fieldErrors);
  }
  revalidatePath(`/o/${slug}/meetings/${meetingId}`, "layout");
  return { status: "success", message: t(done(result)) };
}

export async function saveMinutesNotesAction(slug: string, meetingId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const notes = formData.get("notes");
  return perform(slug, meetingId, formData, (actor) => saveMinutesNotes(db, actor, meetingId, { notes: typeof notes === "string" ? notes : undefined }), () => "minutes.done.notesSaved");
}

export async function publishMinutesAction(slug: string, meetingId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return perform(slug, meetingId, formData, (actor) => publishMinutes(db, actor, meetingId), (result) =>
    "alreadyPublished" in result ? "minutes.done.alreadyPublished" : "minutes.done.published");
}
