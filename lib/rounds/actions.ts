"use server";
// Server Actions of the consent process: thin adapters around ./mutations.ts and ./amend.ts. The
// organisation comes from the slug and the session (memberContextOrNull), never from the form.
import { revalidatePath } from "next/cache";
import { getTranslations } from "@/lib/i18n/server";
import { type ActionState, failure, fieldErrors } from "@/lib/forms/action-state";
import { memberContextOrNull } from "@/lib/organizations/context";
import { textField } from "@/lib/organizations/form-data";
import { reasonMessageKey } from "@/lib/record/reasons";
import { db } from "@/lib/server/db";
import { amendForIntegration, type AmendResult } from "./amend";
import * as m from "./mutations";
import { amendSchema, answerSchema, objectionIdSchema, openRoundSchema, pathSchema, testSchema } from "./schema";
import { memberWrite } from "@/lib/forms/member-write";

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Core = (ctx: NonNullable<Awaited<ReturnType<typeof memberContextOrNull>>>) => Promise<AmendResult>;

async function translator(): Promise<Translate> {
  return (await getTranslations()) as unknown as Translate;
}

/** Authenticates, runs the use case as this member of this organisation, translates the outcome. */
async function perform(slug: string, proposalId: string, formData: FormData, done: string, core: Core): Promise<ActionState> {
  const t = await translator();
  const gate = await memberWrite(slug, formData);
  if (!gate.ok) return gate.refused;
  const { context } = gate;
  const result = await core(context);
  if (!result.ok) {
    if (result.reason === "invalid_text") {
      return failure(t("rounds.errors.correct"), formData, Object.fromEntries(result.issues.map((i) => [i.path || "form", t(i.message)])));
    }
    if (result.reason === "invalid_change") {
      return failure(t("proposals.errors.changeRefused", { position: result.index + 1, reason: t(reasonMessageKey(result.refusal)) }), formData);
    }
    return failure(t(`rounds.refusals.${result.reason}`), formData);
  }
  revalidatePath(`/o/${slug}`, "layout");
  if ("conflict" in result && result.conflict) return { status: "success", message: t("rounds.done.adoptionRefused") };
  return { status: "success", message: t(`rounds.done.${done}`) };
}

function invalid(t: Translate, formData: FormData, error: Parameters<typeof fieldErrors>[0]): ActionState {
  return failure(t("rounds.errors.correct"), formData, fieldErrors(error, t));
}

export async function submitAction(slug: string, proposalId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = pathSchema.safeParse({ path: textField(formData, "path") });
  if (!parsed.success) return invalid(await translator(), formData, parsed.error);
  return perform(slug, proposalId, formData, "submitted", (ctx) => m.submitProposal(db, ctx, { proposalId, path: parsed.data.path }));
}

export async function resumeAction(slug: string, proposalId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = pathSchema.safeParse({ path: textField(formData, "path") });
  if (!parsed.success) return invalid(await translator(), formData, parsed.error);
  return perform(slug, proposalId, formData, "resumed", (ctx) => m.resumeProcess(db, ctx, { proposalId, path: parsed.data.path }));
}

export async function openRoundAction(slug: string, proposalId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = openRoundSchema.safeParse({ mode: textField(formData, "mode"), deadlineHours: textField(formData, "deadlineHours").trim() });
  if (!parsed.success) return invalid(await translator(), formData, parsed.error);
  const { mode, deadlineHours } = parsed.data;
  const deadlineAt = deadlineHours === undefined ? undefined : new Date(Date.now() + deadlineHours * 3600_000);
  return perform(slug, proposalId, formData, "roundOpened", (ctx) => m.openRound(db, ctx, { proposalId, asynchronous: mode === "asynchronous", deadlineAt }));
}

export async function answerAction(slug: string, proposalId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = answerSchema.safeParse({ kind: textField(formData, "kind"), reason: textField(formData, "reason") });
  if (!parsed.success) return invalid(await translator(), formData, parsed.error);
  return perform(slug, proposalId, formData, "answered", (ctx) => m.answerRound(db, ctx, { proposalId, ...parsed.data }));
}

export async function testObjectionAction(slug: string, proposalId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const checked = (name: string) => formData.get(name) === "on";
  const parsed = testSchema.safeParse({
    objectionId: textField(formData, "objectionId"), verdict: textField(formData, "verdict"), note: textField(formData, "note"),
    reducesCapacity: checked("reducesCapacity"), createdByProposal: checked("createdByProposal"), notSafeToTry: checked("notSafeToTry"),
    limitsObjectorRole: checked("limitsObjectorRole"), breaksRules: checked("breaksRules"),
  });
  if (!parsed.success) return invalid(await translator(), formData, parsed.error);
  const { objectionId, verdict, note, ...criteria } = parsed.data;
  return perform(slug, proposalId, formData, "tested", (ctx) => m.testObjection(db, ctx, { proposalId, objectionId, verdict, note, criteria }));
}

export async function confirmAction(slug: string, proposalId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = objectionIdSchema.safeParse({ objectionId: textField(formData, "objectionId") });
  if (!parsed.success) return invalid(await translator(), formData, parsed.error);
  return perform(slug, proposalId, formData, "confirmed", (ctx) => m.confirmIntegration(db, ctx, { proposalId, objectionId: parsed.data.objectionId }));
}

export async function amendAction(slug: string, proposalId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = amendSchema.safeParse({
    addresses: formData.getAll("addresses").filter((v) => typeof v === "string"),
    title: textField(formData, "title"), reasons: textField(formData, "reasons"), body: textField(formData, "body"), version: textField(formData, "version"),
  });
  if (!parsed.success) return invalid(await translator(), formData, parsed.error);
  const { version, ...rest } = parsed.data;
  return perform(slug, proposalId, formData, "amended", (ctx) => amendForIntegration(db, ctx, { proposalId, ...rest, expectedVersion: version }));
}

/** The actions without input: advance, close, escalate, withdraw, abandon. */
export async function simpleAction(
  slug: string, proposalId: string, action: "advance" | "close" | "escalate" | "withdraw" | "abandon", _previous: ActionState, formData: FormData,
): Promise<ActionState> {
  const cores = {
    advance: m.advanceStep, close: m.closeRound, escalate: m.escalateProcess, withdraw: m.withdrawProcess, abandon: m.abandonProcess,
  } as const;
  // Bound arguments come back from the client: only the five names above are accepted.
  if (!Object.hasOwn(cores, action)) return failure((await translator())("common.errors.notFound"), formData);
  const core = cores[action];
  return perform(slug, proposalId, formData, action, (ctx) => core(db, ctx, { proposalId }));
}
