"use server";
// Server Action of the circle settings form: a thin adapter around ./mutations.ts. The organisation
// comes from the slug and the session, never from the form.
import { revalidatePath } from "next/cache";
import { getTranslations } from "@/lib/i18n/server";
import { type ActionState, failure, fieldErrors } from "@/lib/forms/action-state";
import { textField } from "@/lib/organizations/form-data";
import { db } from "@/lib/server/db";
import { updateCircleSettings } from "./mutations";
import { settingsSchema } from "./schema";
import { memberWrite } from "@/lib/forms/member-write";

export async function saveSettingsAction(slug: string, circleId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = (await getTranslations()) as unknown as (key: string) => string;
  const gate = await memberWrite(slug, formData);
  if (!gate.ok) return gate.refused;
  const { context } = gate;
  const parsed = settingsSchema.safeParse({
    abstentionAllowed: formData.get("abstentionAllowed") === "on",
    absenteePolicy: textField(formData, "absenteePolicy"),
    quorumPercent: textField(formData, "quorumPercent").trim(),
    defaultDeadlineHours: textField(formData, "defaultDeadlineHours").trim(),
    reviewPeriodDays: textField(formData, "reviewPeriodDays").trim(),
    objectionTester: textField(formData, "objectionTester"),
  });
  if (!parsed.success) return failure(t("common.errors.invalidInput"), formData, fieldErrors(parsed.error, t));
  const result = await updateCircleSettings(db, context, { circleId, settings: parsed.data, seenAt: textField(formData, "seenAt") });
  if (!result.ok) {
    const key = result.reason === "forbidden" ? "rounds.settings.forbidden" : result.reason === "stale" ? "rounds.settings.stale" : "common.errors.notFound";
    if (result.reason === "stale") revalidatePath(`/o/${slug}/circles/${circleId}/settings`);
    return failure(t(key), formData);
  }
  revalidatePath(`/o/${slug}`, "layout");
  return { status: "success", message: t("rounds.settings.saved") };
}
