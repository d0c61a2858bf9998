"use server";
// Server Actions of notifications: thin adapters around ./mutations.ts. The recipient is the
// member of the organisation named by the slug and the session, never an id from the form.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { getSessionUser } from "@/lib/auth/session";
import { type ActionState, failure, fieldErrors } from "@/lib/forms/action-state";
import { memberContextOrNull } from "@/lib/organizations/context";
import { textField } from "@/lib/organizations/form-data";
import { db } from "@/lib/server/db";
import { markAllNotificationsRead, markNotificationRead, setNotificationDelivery } from "./mutations";
import { deliverySchema } from "./schema";
import { memberWriter, writeLimited, writeRefusal } from "@/lib/rate-limit/writes";

function listPath(slug: string, formData: FormData, notice: string, count?: number): string {
  const page = Number(textField(formData, "page"));
  const search = new URLSearchParams({ notice });
  if (Number.isInteger(page) && page > 1) search.set("page", String(page));
  if (count !== undefined) search.set("count", String(count));
  return `/o/${encodeURIComponent(slug)}/notifications?${search}`;
}

export async function markReadAction(slug: string, formData: FormData): Promise<void> {
  const context = await memberContextOrNull(slug);
  // Signed out or not a member: /orgs sends to sign-in or lists the organisations one has.
  if (!context) redirect("/orgs");
  if (await writeLimited(memberWriter(context))) redirect(listPath(slug, formData, "tooMany"));
  const recipient = { organizationId: context.organization.id, membershipId: context.membership.id };
  const result = await markNotificationRead(db, recipient, textField(formData, "notificationId"));
  // The unread count lives in the organisation's layout.
  revalidatePath(`/o/${slug}`, "layout");
  redirect(listPath(slug, formData, result.ok ? "marked" : "notFound"));
}

export async function markAllReadAction(slug: string, formData: FormData): Promise<void> {
  const context = await memberContextOrNull(slug);
  // Signed out or not a member: /orgs sends to sign-in or lists the organisations one has.
  if (!context) redirect("/orgs");
  if (await writeLimited(memberWriter(context))) redirect(listPath(slug, formData, "tooMany"));
  const count = await markAllNotificationsRead(db, { organizationId: context.organization.id, membershipId: context.membership.id });
  revalidatePath(`/o/${slug}`, "layout");
  redirect(listPath(slug, formData, "allMarked", count));
}

export async function updateDeliveryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return failure((await getTranslations("common.errors"))("unauthenticated"), formData);
  const limited = await writeRefusal({ userId: user.id, organizationId: null }, formData);
  if (limited) return limited;
  const t = await getTranslations("notifications");
  const parsed = deliverySchema.safeParse({ delivery: textField(formData, "delivery") });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error, (key) => t(key as never));
    return failure(errors.delivery ?? t("preference.invalid"), formData, errors);
  }
  if (!(await setNotificationDelivery(db, user.id, parsed.data.delivery))) {
    return failure((await getTranslations("common.errors"))("unauthenticated"), formData);
  }
  revalidatePath("/account");
  return { status: "success", message: t("preference.saved") };
}
