"use client";
// Editing a scheduled meeting's details (lib/meetings/details.ts). Echoes what was typed when refused.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { buttonClass, FormStatus } from "@/components/organizations/form-status";
import { MeetingFields } from "./meeting-fields";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  current: { title: string; startsAt: string; durationMinutes: string; place: string; videoUrl: string };
};

export function DetailsForm({ action, current }: Props) {
  const t = useTranslations("meetings.edit");
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-4">
      <MeetingFields values={state.status === "error" ? state.values : {}} errors={state.status === "error" ? state.fieldErrors : {}} defaults={current} />
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>{t("submit")}</button>
      <FormStatus state={state} />
    </form>
  );
}
