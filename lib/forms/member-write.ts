// The first steps of every member's form action: who is writing (the session and the slug's active
// membership, never the form), then the write limit, before anything is parsed or written. A
// refusal is the form echoed back with a translated message.
import "server-only";
import { getTranslations } from "@/lib/i18n/server";
import { type ActionState, failure } from "@/lib/forms/action-state";
import { memberContextOrNull, type MemberContext } from "@/lib/organizations/context";
import { memberWriter, writeRefusal } from "@/lib/rate-limit/writes";

export type MemberWrite = { ok: true; context: MemberContext } | { ok: false; refused: Extract<ActionState, { status: "error" }> };

/** `notFound`: the message key for someone who is not an active member (the organisation "does not exist"). */
export async function memberWrite(slug: string, formData: FormData, notFound = "common.errors.notFound"): Promise<MemberWrite> {
  const context = await memberContextOrNull(slug);
  if (!context) {
    const t = (await getTranslations()) as unknown as (key: string) => string;
    return { ok: false, refused: failure(t(notFound), formData) };
  }
  const limited = await writeRefusal(memberWriter(context), formData);
  return limited ? { ok: false, refused: limited } : { ok: true, context };
}
