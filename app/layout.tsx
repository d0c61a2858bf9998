import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { SiteFooter } from "@/components/shell/site-footer";
import { LinkNavigation } from "@/components/shell/link-navigation";
import { SiteHeader } from "@/components/shell/site-header";
import { clientMessages } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` } };
}

// Pages render their own <main id="main"> (components/ui/page-main.tsx): the skip link targets it.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        <SiteHeader />
        {/* Client components get only the messages they are handed explicitly (lib/i18n/client-messages.ts);
            here, just what app/error.tsx needs, since an error boundary cannot be handed props. */}
        <NextIntlClientProvider messages={await clientMessages(["common.errorBoundary"])}>
          <div className="flex flex-1 flex-col">{children}</div>
        </NextIntlClientProvider>
        <SiteFooter />
        <LinkNavigation />
      </body>
    </html>
  );
}
