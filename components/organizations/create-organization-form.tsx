"use client";
// The create-organisation form. Works before JavaScript loads (a plain form posting to the
// Server Action); once loaded, errors appear in place and what was typed stays.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idle } from "@/lib/forms/action-state";
import { createOrganizationAction } from "@/lib/organizations/actions";
import { buttonClass, FormStatus, inputClass } from "./form-status";

export function CreateOrganizationForm() {
  const t = useTranslations("organizations.create");
  const [state, action, pending] = useActionState(createOrganizationAction, idle);
  const error = state.status === "error" ? state : null;
  const nameError = error?.fieldErrors.name;
  return (
    <form action={action} className="flex max-w-md flex-col gap-3">
      <FormStatus state={state} id="create-org-status" />
      <label htmlFor="org-name" className="text-sm font-medium">
        {t("name")}
      </label>
      <input
        id="org-name"
        name="name"
        required
        maxLength={100}
        autoComplete="organization"
        defaultValue={error?.values.name ?? ""}
        aria-invalid={nameError ? true : undefined}
        aria-describedby={nameError ? "org-name-error org-name-hint" : "org-name-hint"}
        className={inputClass}
      />
      {nameError && (
        <p id="org-name-error" className="text-sm text-red-800">
          {nameError}
        </p>
      )}
      <p id="org-name-hint" className="text-sm text-slate-600">
        {t("nameHint")}
      </p>
      <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
