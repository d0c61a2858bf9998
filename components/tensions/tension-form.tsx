"use client";
// Raising (or editing) a tension: little typing, since only the title is required. The two
// submit buttons carry the intent: keep it as a private draft, or raise it. When the server
// refuses, every value typed comes back (state.values) and each error sits by its field.
import Link from "@/components/ui/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, inputClass } from "@/components/organizations/form-status";
import { secondaryButton, textLink } from "@/components/ui/styles";
import { type ActionState, idle } from "@/lib/forms/action-state";
import type { Place } from "@/lib/tensions/preselect";
import { TEXT_MAX, TITLE_MAX } from "@/lib/tensions/schema";
import { FieldMessages, describedBy } from "./field-messages";
import { IntentButton } from "./intent-button";
import { KindField } from "./kind-field";
import { PlaceFields } from "./place-fields";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type TensionFormValues = {
  title: string;
  whatIs: string;
  whatCouldBe: string;
  example: string;
  circleId: string;
  roleId: string;
  kind: string;
  isInterpoles: boolean;
};

/** "new" and "draft" offer both intents; "open" (an edited open tension) only saves. */
type Mode = "new" | "draft" | "open";

const TEXTS = ["whatIs", "whatCouldBe", "example"] as const;

export function TensionForm({ action, places, initial, mode, cancelHref }: { action: Action; places: Place[]; initial: TensionFormValues; mode: Mode; cancelHref: string }) {
  const t = useTranslations("tensions.form");
  const [state, formAction] = useActionState(action, idle);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const typed = state.status === "error" ? state.values : null;
  const value = (name: Exclude<keyof TensionFormValues, "isInterpoles">) => typed?.[name] ?? initial[name];
  const interpoles = typed ? typed.isInterpoles === "on" : initial.isInterpoles;

  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <FormStatus state={state} />
      <div className="flex flex-col gap-1">
        <label htmlFor="tension-title" className="font-medium text-slate-900">
          {t("title")}
        </label>
        <input
          id="tension-title"
          name="title"
          defaultValue={value("title")}
          required
          maxLength={TITLE_MAX}
          autoComplete="off"
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy("tension-title", errors.title, true)}
          className={inputClass}
        />
        <FieldMessages id="tension-title" error={errors.title} hint={t("titleHint")} />
      </div>
      {TEXTS.map((name) => (
        <div key={name} className="flex flex-col gap-1">
          <label htmlFor={`tension-${name}`} className="font-medium text-slate-900">
            {t(name)}
          </label>
          <textarea
            id={`tension-${name}`}
            name={name}
            rows={name === "example" ? 2 : 3}
            defaultValue={value(name)}
            maxLength={TEXT_MAX}
            placeholder={t(`${name}Placeholder`)}
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={describedBy(`tension-${name}`, errors[name], false)}
            className={inputClass}
          />
          <FieldMessages id={`tension-${name}`} error={errors[name]} />
        </div>
      ))}
      <PlaceFields key={`${value("circleId")}|${value("roleId")}`} places={places} circleId={value("circleId")} roleId={value("roleId")} errors={errors} />
      <KindField value={value("kind")} error={errors.kind} />
      <div className="flex flex-col gap-1">
        <div className="flex items-center gap-2">
          <input
            id="tension-isInterpoles"
            name="isInterpoles"
            type="checkbox"
            defaultChecked={interpoles}
            aria-describedby="tension-isInterpoles-hint"
            className="size-4"
          />
          <label htmlFor="tension-isInterpoles" className="font-medium text-slate-900">
            {t("interpoles")}
          </label>
        </div>
        <FieldMessages id="tension-isInterpoles" hint={t("interpolesHint")} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        {mode === "open" ? (
          <IntentButton>{t("save")}</IntentButton>
        ) : (
          <>
            <IntentButton intent="raise">{t("raise")}</IntentButton>
            <IntentButton intent="draft" className={secondaryButton}>
              {t("saveDraft")}
            </IntentButton>
          </>
        )}
        <Link href={cancelHref} className={textLink}>
          {t("cancel")}
        </Link>
      </div>
      {mode !== "open" && <p className="text-sm text-slate-600">{t("draftHint")}</p>}
    </form>
  );
}
