"use server";
// Server Actions of meetings: thin adapters around schedule.ts, agenda.ts and live.ts. The
// organisation comes from the slug and the session, never from the form; each action
// authenticates, is rate-limited as a write, and the mutation checks who may act.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { type ActionState, failure, formValues } from "@/lib/forms/action-state";
import { db } from "@/lib/server/db";
import { addAgendaItem, cancelMeeting, moveAgendaItem, saveRoundWord } from "./agenda";
import type { Actor, MeetingResult } from "./change";
import { editMeetingDetails } from "./details";
import { editMeetingPeople } from "./people";
import * as live from "./live";
import { scheduleMeeting } from "./schedule";
import { memberWrite } from "@/lib/forms/member-write";

type Translate = (key: string, values?: Record<string, string>) => string;

async function translated(result: Exclude<MeetingResult, { ok: true }>, formData: FormData): Promise<ActionState> {
  const t = (await getTranslations()) as unknown as Translate;
  const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([field, key]) => [field, t(key)]));
  return failure(t(`meetings.refusals.${result.reason}`), formData, fieldErrors);
}

/** Authenticates, limits, runs, translates; on success revalidates the meeting's pages. */
async function perform(slug: string, formData: FormData, done: string, core: (actor: Actor) => Promise<MeetingResult>): Promise<ActionState> {
  const gate = await memberWrite(slug, formData);
  if (!gate.ok) return gate.refused;
  const { context } = gate;
  const result = await core(context);
  if (!result.ok) return translated(result, formData);
  revalidatePath(`/o/${slug}/meetings`, "layout");
  return { status: "success", message: (await getTranslations("meetings.done"))(done as never) };
}

export async function scheduleAction(slug: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const gate = await memberWrite(slug, formData);
  if (!gate.ok) return gate.refused;
  const { context } = gate;
  const ids = (name: string) => formData.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");
  const result = await scheduleMeeting(db, context, { ...formValues(formData), circleIds: ids("circleIds"), inviteeIds: ids("inviteeIds") });
  if (!result.ok) return translated(result, formData);
  revalidatePath(`/o/${slug}`, "layout");
  redirect(`/o/${encodeURIComponent(slug)}/meetings/${result.meetingId}?notice=scheduled`);
}

/** The details of a scheduled meeting; back to the meeting's page once saved. */
export async function editDetailsAction(slug: string, meetingId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const gate = await memberWrite(slug, formData);
  if (!gate.ok) return gate.refused;
  const { context } = gate;
  const result = await editMeetingDetails(db, context, meetingId, formValues(formData));
  if (!result.ok) return translated(result, formData);
  revalidatePath(`/o/${slug}/meetings`, "layout");
  redirect(`/o/${encodeURIComponent(slug)}/meetings/${encodeURIComponent(meetingId)}?notice=changed`);
}

/** More invitees, another facilitator or secretary; back to the meeting's page once saved. */
export async function editPeopleAction(slug: string, meetingId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const gate = await memberWrite(slug, formData);
  if (!gate.ok) return gate.refused;
  const { context } = gate;
  const inviteeIds = formData.getAll("inviteeIds").filter((v): v is string => typeof v === "string" && v !== "");
  const result = await editMeetingPeople(db, context, meetingId, { ...formValues(formData), inviteeIds });
  if (!result.ok) return translated(result, formData);
  revalidatePath(`/o/${slug}/meetings`, "layout");
  redirect(`/o/${encodeURIComponent(slug)}/meetings/${encodeURIComponent(meetingId)}?notice=changed`);
}

export async function addItemAction(slug: string, meetingId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return perform(slug, formData, "itemAdded", (actor) => addAgendaItem(db, actor, meetingId, formValues(formData)));
}

export async function moveItemAction(slug: string, meetingId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return perform(slug, formData, "moved", (actor) => moveAgendaItem(db, actor, meetingId, formValues(formData)));
}

export async function roundWordAction(slug: string, meetingId: string, round: "checkIn" | "closing", _previous: ActionState, formData: FormData): Promise<ActionState> {
  // Bound arguments come back from the client: only the two rounds are accepted.
  if (round !== "checkIn" && round !== "closing") return failure((await getTranslations("common.errors"))("notFound"), formData);
  return perform(slug, formData, "saved", (actor) => saveRoundWord(db, actor, meetingId, round, formValues(formData)));
}

export async function attendanceAction(slug: string, meetingId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return perform(slug, formData, "saved", (actor) => live.setAttendance(db, actor, meetingId, formValues(formData)));
}

export async function timerAction(slug: string, meetingId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return perform(slug, formData, "timerStarted", (actor) => live.startTimer(db, actor, meetingId, formValues(formData)));
}

export async function takeUpAction(slug: string, meetingId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const itemId = formData.get("itemId");
  const leaveAs = formData.get("leaveAs") === "skipped" ? "skipped" : "done";
  return perform(slug, formData, "moved", (actor) => live.takeUpItem(db, actor, meetingId, typeof itemId === "string" && itemId ? itemId : null, leaveAs));
}

export async function stageAction(slug: string, meetingId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const stage = formData.get("stage");
  return perform(slug, formData, "moved", (actor) => live.setStage(db, actor, meetingId, typeof stage === "string" ? stage : ""));
}

/** The facilitator's actions without input. */
export async function meetingAction(
  slug: string, meetingId: string, action: "start" | "close" | "speaker" | "stopTimer" | "cancel", _previous: ActionState, formData: FormData,
): Promise<ActionState> {
  const cores = {
    start: (a: Actor) => live.startMeeting(db, a, meetingId),
    close: (a: Actor) => live.closeMeeting(db, a, meetingId),
    speaker: (a: Actor) => live.nextSpeaker(db, a, meetingId),
    stopTimer: (a: Actor) => live.stopTimer(db, a, meetingId),
    cancel: (a: Actor) => cancelMeeting(db, a, meetingId),
  } as const;
  if (!Object.hasOwn(cores, action)) return failure((await getTranslations("common.errors"))("notFound"), formData);
  return perform(slug, formData, action, cores[action]);
}
