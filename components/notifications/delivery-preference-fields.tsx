"use client";
// The member's email preference for notifications (User.notificationDelivery): immediately, a
// daily digest, or never. Radio buttons in a fieldset, so the three choices read as one question.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/auth/form-message";
import { SubmitButton } from "@/components/auth/submit-button";
import { idle } from "@/lib/forms/action-state";
import type { NotificationDelivery } from "@/lib/generated/prisma/enums";
import { updateDeliveryAction } from "@/lib/notifications/actions";

const CHOICES = ["immediately", "daily_digest", "none"] as const satisfies readonly NotificationDelivery[];

export function DeliveryPreferenceFields({ current }: { current: NotificationDelivery }) {
  const t = useTranslations("notifications.preference");
  const [state, action] = useActionState(updateDeliveryAction, idle);
  const error = state.status === "error" ? state : null;
  // What was chosen stays chosen when the form is refused (the echo of what the person sent).
  const checked = error?.values.delivery ?? current;
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} id="delivery-message" />
      <fieldset className="flex flex-col gap-3" aria-describedby={error?.fieldErrors.delivery ? "delivery-error" : undefined}>
        <legend className="mb-2 font-medium text-slate-900">{t("legend")}</legend>
        {CHOICES.map((choice) => (
          <div key={`${choice}-${checked}`} className="flex items-start gap-2">
            <input
              id={`delivery-${choice}`}
              type="radio"
              name="delivery"
              value={choice}
              defaultChecked={checked === choice}
              aria-describedby={`delivery-${choice}-hint`}
              className="mt-1.5"
            />
            <div>
              <label htmlFor={`delivery-${choice}`} className="font-medium text-slate-900">
                {t(choice)}
              </label>
              <p id={`delivery-${choice}-hint`} className="text-sm text-slate-700">
                {t(`${choice}Hint`)}
              </p>
            </div>
          </div>
        ))}
        {error?.fieldErrors.delivery && (
          <p id="delivery-error" className="text-sm font-medium text-red-800">
            {error.fieldErrors.delivery}
          </p>
        )}
      </fieldset>
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
