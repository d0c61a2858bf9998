"use server";
// The account page's actions. Each authenticates itself: the user is the one of this session.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getTranslations } from "@/lib/i18n/server";
import type { ActionState } from "@/lib/forms/action-state";
import { field, invalidInput, refuse, tooManyAttempts, weakPassword } from "./action-helpers";
import { changePassword, signOutEverywhere, updateName } from "./account-mutations";
import { changePasswordSchema, profileSchema } from "./schema";
import { getSessionUser } from "./session";
import { clearSessionCookie, writeSessionCookie } from "./session-cookie";
import { writeRefusal } from "@/lib/rate-limit/writes";

async function signedOut(formData: FormData): Promise<ActionState> {
  const t = await getTranslations("common.errors");
  return refuse(t("unauthenticated"), formData);
}

export async function updateNameAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return signedOut(formData);
  const limited = await writeRefusal({ userId: user.id, organizationId: null }, formData);
  if (limited) return refuse(limited.message, formData);
  const parsed = profileSchema.safeParse({ name: field(formData, "name") });
  if (!parsed.success) return invalidInput(parsed.error, formData);
  if (!(await updateName(user.id, parsed.data.name)).ok) return signedOut(formData);
  revalidatePath("/", "layout");
  return { status: "success", message: (await getTranslations("auth.account"))("nameSaved") };
}

export async function changePasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return signedOut(formData);
  const limited = await writeRefusal({ userId: user.id, organizationId: null }, formData);
  if (limited) return refuse(limited.message, formData);
  const parsed = changePasswordSchema.safeParse({
    currentPassword: field(formData, "currentPassword"),
    newPassword: field(formData, "newPassword"),
  });
  if (!parsed.success) return invalidInput(parsed.error, formData);
  const result = await changePassword(user.id, parsed.data);
  const t = await getTranslations("auth.account");
  if (!result.ok) {
    switch (result.reason) {
      case "weakPassword":
        return weakPassword(result.problem, formData, "newPassword");
      case "rateLimited":
        return tooManyAttempts(result.retryAfterMs, formData);
      case "wrongPassword":
        return refuse(t("wrongPassword"), formData, { currentPassword: t("wrongPassword") });
      case "notFound":
        return signedOut(formData);
      default:
        return refuse(t(result.reason), formData);
    }
  }
  // Every other device is now signed out; this one carries on with the new version.
  await writeSessionCookie(result.user);
  return { status: "success", message: t("passwordChanged") };
}

export async function signOutEverywhereAction(): Promise<void> {
  const user = await getSessionUser();
  if (user) await signOutEverywhere(user.id);
  await clearSessionCookie();
  redirect("/signin");
}
