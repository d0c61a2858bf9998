// The frame of the signed-out pages (sign-in, sign-up, password reset): one h1, an intro, the
// form, and the client messages its form needs.
import { NextIntlClientProvider } from "next-intl";
import { PageMain } from "@/components/ui/page-main";
import { clientMessages } from "@/lib/i18n/client-messages";

type Props = { title: string; intro?: string; messages: readonly string[]; children: React.ReactNode };

export async function AuthCard({ title, intro, messages, children }: Props) {
  return (
    <PageMain className="max-w-md">
      <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
      {intro ? <p className="mt-2 text-slate-700">{intro}</p> : null}
      <div className="mt-6 flex flex-col gap-6">
        <NextIntlClientProvider messages={await clientMessages(messages)}>{children}</NextIntlClientProvider>
      </div>
    </PageMain>
  );
}
