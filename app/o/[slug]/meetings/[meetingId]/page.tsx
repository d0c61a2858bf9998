// /o/[slug]/meetings/[meetingId]: one meeting. Before: details, participants, agenda to prepare.
// During: the facilitator's and participants' live view (stages, current item with its consent
// process, attendance, speaking order, timer), kept in step by server-sent events. After: a note
// and the way to the minutes. Every member can read it; what each may do comes from policy.ts.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/lib/i18n/server";
import { ElectionItem } from "@/components/elections/election-item";
import { AgendaSection } from "@/components/meetings/agenda-section";
import { CurrentItem } from "@/components/meetings/current-item";
import { LiveUpdates } from "@/components/meetings/live-updates";
import { MeetingHeader } from "@/components/meetings/meeting-header";
import { PeoplePanel } from "@/components/meetings/people-panel";
import { RoundWords } from "@/components/meetings/round-words";
import { StageNav } from "@/components/meetings/stage-nav";
import { dangerButtonClass } from "@/components/organizations/form-status";
import { ButtonForm } from "@/components/rounds/button-form";
import { PageMain } from "@/components/ui/page-main";
import { secondaryButton } from "@/components/ui/styles";
import { clientMessages } from "@/lib/i18n/client-messages";
import { meetingAction } from "@/lib/meetings/actions";
import { meetingForPage } from "@/lib/meetings/data";
import { canAddItem, canEditMeeting, canFacilitate, canReorder, isParticipant } from "@/lib/meetings/policy";
import { requireMember } from "@/lib/organizations/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings.page"))("metaTitle") };
}

export default async function MeetingPage({ params, searchParams }: PageProps<"/o/[slug]/meetings/[meetingId]">) {
  const { slug, meetingId } = await params;
  const { notice } = await searchParams;
  const context = await requireMember(slug);
  const meeting = await meetingForPage(context.organization.id, meetingId);
  if (!meeting) notFound();
  const actor = { userId: context.user.id, permission: context.membership.permission };
  const facilitates = canFacilitate(actor, meeting);
  const mayAdd = canAddItem(actor, meeting);
  const [t, messages] = await Promise.all([getTranslations("meetings"), clientMessages(["meetings", "rounds"])]);
  const live = meeting.status === "in_progress";
  const me = isParticipant(actor, meeting) ? context.user.id : null;
  const agenda = (
    <AgendaSection slug={slug} meeting={meeting} mayReorder={canReorder(actor, meeting)} mayAdd={mayAdd} facilitates={facilitates} />
  );
  return (
    <NextIntlClientProvider messages={messages}>
      <PageMain className="flex flex-col gap-6">
        <MeetingHeader slug={slug} meeting={meeting} />
        {(live || meeting.status === "scheduled") && <LiveUpdates url={`/o/${encodeURIComponent(slug)}/meetings/${meeting.id}/events`} />}
        {notice === "scheduled" && <p role="status" className="font-medium text-green-800">{t("page.scheduled")}</p>}
        {notice === "changed" && <p role="status" className="font-medium text-green-800">{t("page.changed")}</p>}
        {facilitates && <p className="text-sm font-medium">{t("page.youFacilitate")}</p>}
        <div className="flex flex-wrap gap-3">
          {facilitates && meeting.status === "scheduled" && <ButtonForm action={meetingAction.bind(null, slug, meeting.id, "start")} label={t("page.start")} />}
          {canEditMeeting(actor, meeting) && (
            <>
              <Link href={`/o/${encodeURIComponent(slug)}/meetings/${meeting.id}/edit`} className={secondaryButton}>{t("page.edit")}</Link>
              <ButtonForm action={meetingAction.bind(null, slug, meeting.id, "cancel")} label={t("page.cancel")} className={dangerButtonClass} />
            </>
          )}
        </div>
        {meeting.status === "closed" && <p role="status">{t("page.closedNote")}</p>}
        {meeting.status === "cancelled" && <p role="status">{t("page.cancelledNote")}</p>}
        <div className="grid gap-8 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <div className="flex min-w-0 flex-col gap-8">
            {live && <StageNav slug={slug} meetingId={meeting.id} stage={meeting.stage} facilitates={facilitates} />}
            {live && meeting.stage === "check_in" && <RoundWords slug={slug} meeting={meeting} round="checkIn" me={me} />}
            {live && meeting.stage === "items" && (
              <CurrentItem slug={slug} meeting={meeting} facilitates={facilitates}
                election={meeting.currentItem && <ElectionItem context={context} slug={slug} meeting={meeting} item={meeting.currentItem} />} />
            )}
            {live && meeting.stage === "closing" && <RoundWords slug={slug} meeting={meeting} round="closing" me={me} />}
            {agenda}
            {live && meeting.stage === "closing" && facilitates && (
              <ButtonForm action={meetingAction.bind(null, slug, meeting.id, "close")} label={t("page.close")} />
            )}
          </div>
          <PeoplePanel slug={slug} meeting={meeting} facilitates={facilitates} />
        </div>
      </PageMain>
    </NextIntlClientProvider>
  );
}
