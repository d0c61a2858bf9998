"use server";
// Server Actions of organisations: thin adapters around lib/organizations/mutations.ts.
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { getSessionUser } from "@/lib/auth/session";
import { type ActionState, failure, fieldErrors } from "@/lib/forms/action-state";
import { createOrganization } from "./mutations";
import { textField } from "./form-data";
import { createOrganizationSchema } from "./schema";
import { writeRefusal } from "@/lib/rate-limit/writes";

export async function createOrganizationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const t = await getTranslations();
  const user = await getSessionUser();
  if (!user) return failure(t("common.errors.unauthenticated"), formData);
  const limited = await writeRefusal({ userId: user.id, organizationId: null }, formData);
  if (limited) return limited;

  const parsed = createOrganizationSchema.safeParse({ name: textField(formData, "name") });
  if (!parsed.success) {
    return failure(t("common.errors.invalidInput"), formData, fieldErrors(parsed.error, (key) => t(key as never)));
  }
  const result = await createOrganization({ userId: user.id, locale: user.locale, name: parsed.data.name });
  if (!result.ok) {
    const message = result.reason === "slugUnavailable" ? t("organizations.errors.slugUnavailable") : t("common.errors.invalidInput");
    return failure(message, formData);
  }
  redirect(`/o/${result.slug}`);
}
