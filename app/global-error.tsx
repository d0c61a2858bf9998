"use client";
// The last resort: the root layout itself failed, so there is no server-side locale, no messages
// provider and no global stylesheet unless this file brings them. It picks the language from the
// browser's preferences (the same fallback as the server's Accept-Language), renders French on the
// server and until hydration, and never shows the error itself.
import { useSyncExternalStore } from "react";
import { createTranslator } from "next-intl";
import { ErrorMessage } from "@/components/shell/error-message";
import { defaultLocale, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/config";
import frCommon from "@/messages/fr/common.json";
import enCommon from "@/messages/en/common.json";
import "./globals.css";

const common = { fr: frCommon, en: enCommon };

const browserLocale = (): Locale => localeFromAcceptLanguage(navigator.languages.join(","));
const noSubscription = () => () => {};

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = useSyncExternalStore(noSubscription, browserLocale, () => defaultLocale);
  const t = createTranslator({ locale, messages: { common: common[locale] }, namespace: "common.errorBoundary" });
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <html lang={locale}>
      <body className="bg-white font-sans text-slate-900 antialiased">
        <title>{`${t("title")} · ${common[locale].appName}`}</title>
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8">
          <ErrorMessage title={t("title")} body={t("body")} retryLabel={t("retry")} homeLabel={t("home")} digest={digest} retry={retry} />
        </main>
      </body>
    </html>
  );
}
