// /dev/outbox: the emails the app prepared, to read invitations, password resets and
// notifications while developing without SMTP. Development only: in production this route is a
// 404 for everyone, since it would expose every organisation's emails (and their links).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { PageLinks } from "@/components/notifications/page-links";
import { PageMain } from "@/components/ui/page-main";
import { pageNumber } from "@/lib/circles/params";
import { listOutbox, outboxEnabled } from "@/lib/notifications/outbox";
import { smtpConfigured } from "@/lib/server/env";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.outbox"))("title"), robots: { index: false } };
}

export default async function OutboxPage({ searchParams }: PageProps<"/dev/outbox">) {
  if (!outboxEnabled()) notFound();
  const { page: pageParam } = await searchParams;
  const [t, tp, format, list] = await Promise.all([
    getTranslations("notifications.outbox"),
    getTranslations("notifications.pager"),
    getFormatter(),
    listOutbox(pageNumber(pageParam)),
  ]);
  const unsent = smtpConfigured() ? t("pending") : t("recorded");
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" });
  return (
    <PageMain className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      {list.items.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {list.items.map((email) => (
            <li key={email.id} className="rounded-md border border-slate-200 p-4">
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="font-medium text-slate-700">{t("to")}</dt>
                <dd className="break-all text-slate-900">{email.to}</dd>
                <dt className="font-medium text-slate-700">{t("subject")}</dt>
                <dd className="font-semibold text-slate-900">{email.subject}</dd>
                <dt className="font-medium text-slate-700">{t("createdAt")}</dt>
                <dd className="text-slate-900">
                  <time dateTime={email.createdAt.toISOString()}>{when(email.createdAt)}</time>
                </dd>
                <dt className="font-medium text-slate-700">{t("status")}</dt>
                <dd className={email.error ? "font-medium text-red-800" : "text-slate-900"}>
                  {email.error ? t("failed", { error: email.error }) : email.sentAt ? t("sent", { date: when(email.sentAt) }) : unsent}
                </dd>
              </dl>
              <details className="mt-3">
                <summary className="cursor-pointer font-medium text-brand-700">{t("showText")}</summary>
                <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-3 text-sm text-slate-900">{email.text}</pre>
              </details>
            </li>
          ))}
        </ol>
      )}
      <PageLinks
        basePath="/dev/outbox"
        page={list.page}
        pageCount={list.pageCount}
        labels={{ label: t("pagerLabel"), previous: tp("previous"), next: tp("next"), status: tp("status", { page: list.page, count: list.pageCount }) }}
      />
    </PageMain>
  );
}
