// The "email notifications" section of /account: reads the current preference and renders the
// form with the messages it needs. Self-contained, so the account page only places it.
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/lib/i18n/server";
import { clientMessages } from "@/lib/i18n/client-messages";
import { deliveryPreference } from "@/lib/notifications/data";
import { DeliveryPreferenceFields } from "./delivery-preference-fields";

export async function DeliveryPreferenceForm({ userId }: { userId: string }) {
  const [t, current, messages] = await Promise.all([
    getTranslations("notifications.preference"),
    deliveryPreference(userId),
    clientMessages(["notifications.preference"]),
  ]);
  return (
    <section aria-labelledby="notifications-heading" className="mt-10 flex flex-col gap-4">
      <h2 id="notifications-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <NextIntlClientProvider messages={messages}>
        <DeliveryPreferenceFields current={current} />
      </NextIntlClientProvider>
    </section>
  );
}
