"use client";
// Moving a tension's status, with a note (required to drop it). The status the person saw goes
// along ("from"): if someone changed it meanwhile, the server refuses instead of overwriting.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, inputClass } from "@/components/organizations/form-status";
import { secondaryButton } from "@/components/ui/styles";
import { type ActionState, idle } from "@/lib/forms/action-state";
import type { TensionStatus } from "@/lib/generated/prisma/enums";
import { TEXT_MAX } from "@/lib/tensions/schema";
import { FieldMessages, describedBy } from "./field-messages";
import { IntentButton } from "./intent-button";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function StatusForm({ action, from, targets, hint }: { action: Action; from: TensionStatus; targets: readonly TensionStatus[]; hint?: string }) {
  const t = useTranslations("tensions");
  const [state, formAction] = useActionState(action, idle);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const typed = state.status === "error" ? state.values : null;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="from" value={from} />
      {hint && <p className="text-sm text-slate-700">{hint}</p>}
      <div className="flex flex-col gap-1">
        <label htmlFor="status-to" className="font-medium text-slate-900">
          {t("statusForm.to")}
        </label>
        <select id="status-to" name="to" defaultValue={typed?.to ?? targets[0]} className={`${inputClass} w-fit`} key={typed?.to}>
          {targets.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="status-note" className="font-medium text-slate-900">
          {t("statusForm.note")}
        </label>
        <textarea
          id="status-note"
          name="note"
          rows={3}
          maxLength={TEXT_MAX}
          defaultValue={typed?.note ?? ""}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={describedBy("status-note", errors.note, true)}
          className={inputClass}
        />
        <FieldMessages id="status-note" error={errors.note} hint={t("statusForm.noteHint")} />
      </div>
      <FormStatus state={state} />
      <div>
        <IntentButton className={secondaryButton}>{t("statusForm.submit")}</IntentButton>
      </div>
    </form>
  );
}
