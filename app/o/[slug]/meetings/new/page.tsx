// /o/[slug]/meetings/new: scheduling a governance meeting (members who are not observers).
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/lib/i18n/server";
import { ScheduleForm } from "@/components/meetings/schedule-form";
import { PageMain } from "@/components/ui/page-main";
import { textLink } from "@/components/ui/styles";
import { clientMessages } from "@/lib/i18n/client-messages";
import { scheduleAction } from "@/lib/meetings/actions";
import { scheduleOptions } from "@/lib/meetings/data";
import { canSchedule } from "@/lib/meetings/policy";
import { instantToWallClock } from "@/lib/meetings/time";
import { requireMember } from "@/lib/organizations/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings.schedule"))("metaTitle") };
}

/** A week from `now` at 18:00, the usual slot; easy to change. */
function defaultStart(now: Date): string {
  return instantToWallClock(new Date(now.getTime() + 7 * 86_400_000)).slice(0, 10) + "T18:00";
}

export default async function NewMeetingPage({ params }: PageProps<"/o/[slug]/meetings/new">) {
  const { slug } = await params;
  const context = await requireMember(slug);
  if (!canSchedule({ userId: context.user.id, permission: context.membership.permission })) notFound();
  const [options, t, messages] = await Promise.all([scheduleOptions(context.organization.id), getTranslations("meetings.schedule"), clientMessages(["meetings.schedule"])]);
  const nextWeek = defaultStart(new Date());
  return (
    <PageMain className="flex flex-col gap-6">
      <p className="text-sm"><Link href={`/o/${encodeURIComponent(slug)}/meetings`} className={textLink}>{t("back")}</Link></p>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {options.members.length < options.memberTotal && (
        <p className="text-sm text-slate-700">{t("partialMembers", { shown: options.members.length, total: options.memberTotal })}</p>
      )}
      <NextIntlClientProvider messages={messages}>
        <ScheduleForm action={scheduleAction.bind(null, slug)} circles={options.circles} members={options.members} defaultStartsAt={nextWeek} />
      </NextIntlClientProvider>
    </PageMain>
  );
}
