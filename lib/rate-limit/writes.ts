// The write limit (write-limits.ts) as Server Actions use it: right after authentication, before
// anything is parsed or written, so a refused write changes nothing. Limits are counted in
// PostgreSQL (consume.ts): they hold across app instances and restarts.
import "server-only";
import { getTranslations } from "@/lib/i18n/server";
import { type ActionState, failure } from "@/lib/forms/action-state";
import { consume, type ConsumeResult, minutesToWait } from "./consume";
import { WRITES_PER_MEMBER, writeKey } from "./write-limits";

export type Writer = { userId: string; organizationId: string | null };

/** Records one write of `writer`, unless they already made WRITES_PER_MEMBER of them this minute. */
export function consumeWrite(writer: Writer): Promise<ConsumeResult> {
  return consume(writeKey(writer.userId, writer.organizationId), WRITES_PER_MEMBER);
}

/** The member context's writer (user and organisation). */
export function memberWriter(context: { user: { id: string }; organization: { id: string } }): Writer {
  return { userId: context.user.id, organizationId: context.organization.id };
}

/**
 * For form actions: null when the write may go on, else the refused form with a translated
 * message (what was typed is echoed back, as for any refusal).
 */
export async function writeRefusal(writer: Writer, formData: FormData): Promise<Extract<ActionState, { status: "error" }> | null> {
  const hit = await consumeWrite(writer);
  if (hit.ok) return null;
  const t = await getTranslations("common.errors");
  return failure(t("tooManyWrites", { minutes: minutesToWait(hit.retryAfterMs) }), formData);
}

/** For actions without a form state (they redirect): whether the write must be refused. */
export async function writeLimited(writer: Writer): Promise<boolean> {
  return !(await consumeWrite(writer)).ok;
}
