"use client";
// Adding an item to the agenda: a free title, or one of the organisation's open tensions or
// proposals in process (its title is then the item's, unless another is given).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { type ActionState, idle } from "@/lib/forms/action-state";
import { buttonClass, FormStatus, inputClass } from "@/components/organizations/form-status";

type Option = { id: string; title: string };
type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState>; tensions: Option[]; proposals: Option[] };

export function AddItemForm({ action, tensions, proposals }: Props) {
  const t = useTranslations("meetings.agenda");
  const [state, formAction, pending] = useActionState(action, idle);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="item-subject" className="text-sm font-medium">{t("subject")}</label>
        <select id="item-subject" name="subject" defaultValue={values.subject ?? ""} className={inputClass} aria-describedby={errors.subject ? "item-subject-error" : undefined}>
          <option value="">{t("noSubject")}</option>
          <optgroup label={t("tensions")}>{tensions.map((o) => <option key={o.id} value={`tension:${o.id}`}>{o.title}</option>)}</optgroup>
          <optgroup label={t("proposals")}>{proposals.map((o) => <option key={o.id} value={`proposal:${o.id}`}>{o.title}</option>)}</optgroup>
        </select>
        {errors.subject && <p id="item-subject-error" className="text-sm text-red-800">{errors.subject}</p>}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="item-title" className="text-sm font-medium">{t("itemTitle")}</label>
        <input id="item-title" name="title" maxLength={200} defaultValue={values.title ?? ""} className={inputClass}
          aria-invalid={errors.title ? true : undefined} aria-describedby={`item-title-hint${errors.title ? " item-title-error" : ""}`} />
        <p id="item-title-hint" className="text-sm text-slate-600">{t("itemTitleHint")}</p>
        {errors.title && <p id="item-title-error" className="text-sm text-red-800">{errors.title}</p>}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="item-notes" className="text-sm font-medium">{t("notes")}</label>
        <textarea id="item-notes" name="notes" rows={2} maxLength={5000} defaultValue={values.notes ?? ""} className={inputClass} />
      </div>
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>{t("submit")}</button>
      <FormStatus state={state} />
    </form>
  );
}
