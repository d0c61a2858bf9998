"use client";
// The facilitator records one participant's attendance (present, late, absent).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { FormStatus, inputClass, secondaryButtonClass } from "@/components/organizations/form-status";

type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState>; userId: string; name: string; attendance: string };

export function AttendanceForm({ action, userId, name, attendance }: Props) {
  const t = useTranslations("meetings.participants");
  const [state, formAction, pending] = useActionState(action, idle);
  const id = `attendance-${userId}`;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={id} className="sr-only">{t("set", { name })}</label>
      <select id={id} name="attendance" defaultValue={attendance === "invited" ? "present" : attendance} className={inputClass}>
        {(["present", "late", "absent"] as const).map((a) => <option key={a} value={a}>{t(`attendance.${a}`)}</option>)}
      </select>
      <button type="submit" disabled={pending} className={secondaryButtonClass} aria-label={`${t("save")} : ${t("set", { name })}`}>{t("save")}</button>
      <FormStatus state={state} />
    </form>
  );
}
