import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/lib/i18n/server";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { NameForm } from "@/components/auth/name-form";
import { SignOutEverywhereForm } from "@/components/auth/sign-out-everywhere-form";
import { DeliveryPreferenceForm } from "@/components/notifications/delivery-preference-form";
import { PageMain } from "@/components/ui/page-main";
import { accountOverview } from "@/lib/auth/data";
import { requireUser } from "@/lib/auth/session";
import { clientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.account"))("title") };
}

export default async function AccountPage() {
  const user = await requireUser("/account");
  const [t, account] = await Promise.all([getTranslations("auth.account"), accountOverview(user.id)]);
  return (
    <PageMain className="max-w-2xl">
      <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
      <NextIntlClientProvider messages={await clientMessages(["auth.account"])}>
        <section aria-labelledby="profile-heading" className="mt-8 flex flex-col gap-4">
          <h2 id="profile-heading" className="text-xl font-semibold">
            {t("profile")}
          </h2>
          <p className="text-slate-700">{t("emailValue", { email: user.email })}</p>
          <NameForm name={user.name} />
        </section>
        <section aria-labelledby="password-heading" className="mt-10 flex flex-col gap-4">
          <h2 id="password-heading" className="text-xl font-semibold">
            {t("password")}
          </h2>
          {account.hasPassword ? <ChangePasswordForm /> : <p className="text-slate-700">{t("noPassword")}</p>}
        </section>
      </NextIntlClientProvider>
      <DeliveryPreferenceForm userId={user.id} />
      <section aria-labelledby="sessions-heading" className="mt-10 flex flex-col gap-4">
        <h2 id="sessions-heading" className="text-xl font-semibold">
          {t("sessions")}
        </h2>
        <p className="text-slate-700">{t("sessionsIntro")}</p>
        <SignOutEverywhereForm label={t("signOutEverywhere")} />
      </section>
    </PageMain>
  );
}
