"use client";
// Inviting someone (admins): by link, always; by email, only when the server can send mail.
// An invitation link is shown once, right here: only its hash is kept.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idle } from "@/lib/forms/action-state";
import type { InviteState } from "@/lib/invitations/invite-state";
import { buttonClass, FormStatus, inputClass } from "@/components/organizations/form-status";

type Action = (state: InviteState, formData: FormData) => Promise<InviteState>;

export function InviteForm({ action, emailEnabled }: { action: Action; emailEnabled: boolean }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<InviteState, FormData>(action, idle);
  const error = state.status === "error" ? state : null;
  const values = error?.values ?? {};
  const emailError = error?.fieldErrors.email;
  return (
    <div className="flex flex-col gap-4">
      <form action={formAction} className="flex max-w-md flex-col gap-3">
        {state.status !== "linkCreated" && <FormStatus state={state} />}
        {emailEnabled ? (
          <fieldset className="flex flex-col gap-1">
            <legend className="text-sm font-medium">{t("members.invitations.create.delivery")}</legend>
            {(["link", "email"] as const).map((delivery) => (
              <label key={delivery} className="flex items-center gap-2 text-sm">
                <input type="radio" name="delivery" value={delivery} defaultChecked={(values.delivery ?? "link") === delivery} />
                {t(delivery === "link" ? "members.invitations.create.byLink" : "members.invitations.create.byEmail")}
              </label>
            ))}
          </fieldset>
        ) : (
          <input type="hidden" name="delivery" value="link" />
        )}
        {emailEnabled && (
          <div className="flex flex-col gap-1">
            <label htmlFor="invite-email" className="text-sm font-medium">
              {t("members.invitations.create.email")}
            </label>
            <input
              id="invite-email"
              name="email"
              type="email"
              autoComplete="off"
              defaultValue={values.email ?? ""}
              aria-invalid={emailError ? true : undefined}
              aria-describedby={emailError ? "invite-email-error invite-email-hint" : "invite-email-hint"}
              className={inputClass}
            />
            {emailError && (
              <p id="invite-email-error" className="text-sm text-red-800">
                {emailError}
              </p>
            )}
            <p id="invite-email-hint" className="text-sm text-slate-600">
              {t("members.invitations.create.emailHint")}
            </p>
          </div>
        )}
        <div className="flex flex-col gap-1">
          <label htmlFor="invite-permission" className="text-sm font-medium">
            {t("members.invitations.create.permission")}
          </label>
          <select id="invite-permission" name="permission" defaultValue={values.permission ?? "member"} className={inputClass}>
            {(["member", "observer", "admin"] as const).map((permission) => (
              <option key={permission} value={permission}>
                {t(`organizations.permissions.${permission}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={pending} className={`${buttonClass} self-start`}>
          {t("members.invitations.create.submit")}
        </button>
      </form>
      {state.status === "linkCreated" && (
        <div role="status" className="flex max-w-xl flex-col gap-1 rounded border border-green-800 p-3">
          <label htmlFor="invitation-link" className="text-sm font-medium">
            {t("members.invitations.create.linkLabel")}
          </label>
          <input id="invitation-link" readOnly value={state.url} aria-describedby="invitation-link-hint" className={`${inputClass} font-mono`} onFocus={(event) => event.currentTarget.select()} />
          <p id="invitation-link-hint" className="text-sm text-slate-700">
            {t("members.invitations.create.linkHint")}
          </p>
        </div>
      )}
    </div>
  );
}
