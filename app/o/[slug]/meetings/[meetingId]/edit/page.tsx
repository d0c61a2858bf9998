// /o/[slug]/meetings/[meetingId]/edit: the details (lib/meetings/details.ts) and the people
// (lib/meetings/people.ts) of a scheduled meeting,
// for whoever may edit it (lib/meetings/policy.ts); others are told why, with a way back.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/lib/i18n/server";
import { DetailsForm } from "@/components/meetings/details-form";
import { MemberSearch } from "@/components/meetings/member-search";
import { PeopleForm } from "@/components/meetings/people-form";
import { PageMain } from "@/components/ui/page-main";
import { textLink } from "@/components/ui/styles";
import { clientMessages } from "@/lib/i18n/client-messages";
import { editDetailsAction, editPeopleAction } from "@/lib/meetings/actions";
import { meetingForPage, peopleOptions } from "@/lib/meetings/data";
import { canEditMeeting } from "@/lib/meetings/policy";
import { instantToWallClock } from "@/lib/meetings/time";
import { requireMember } from "@/lib/organizations/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings.edit"))("metaTitle") };
}

export default async function EditMeetingPage({ params, searchParams }: PageProps<"/o/[slug]/meetings/[meetingId]/edit">) {
  const { slug, meetingId } = await params;
  const { member } = await searchParams;
  const search = typeof member === "string" ? member.slice(0, 100) : "";
  const context = await requireMember(slug);
  const meeting = await meetingForPage(context.organization.id, meetingId);
  if (!meeting) notFound();
  const [t, messages, options] = await Promise.all([
    getTranslations("meetings.edit"), clientMessages(["meetings.schedule", "meetings.edit"]),
    peopleOptions(context.organization.id, search, [meeting.facilitatorId, meeting.secretaryId]),
  ]);
  const members = options.members;
  const membershipOf = (userId: string | null) => members.find((m) => m.userId === userId)?.id ?? "";
  const back = `/o/${encodeURIComponent(slug)}/meetings/${meeting.id}`;
  const editable = canEditMeeting({ userId: context.user.id, permission: context.membership.permission }, meeting);
  return (
    <PageMain className="flex flex-col gap-6">
      <p className="text-sm"><Link href={back} className={textLink}>{t("back")}</Link></p>
      <h1 className="text-2xl font-bold">{t("title", { title: meeting.title })}</h1>
      {editable ? (
        <>
          <p className="text-sm text-slate-700">{t("note")}</p>
          <NextIntlClientProvider messages={messages}>
            <DetailsForm
              action={editDetailsAction.bind(null, slug, meeting.id)}
              current={{ title: meeting.title, startsAt: instantToWallClock(meeting.startsAt), durationMinutes: String(meeting.durationMinutes), place: meeting.place, videoUrl: meeting.videoUrl }}
            />
            <MemberSearch search={search} shown={options.shown} total={options.total} />
            <PeopleForm
              action={editPeopleAction.bind(null, slug, meeting.id)}
              invitable={members.filter((m) => !meeting.participantIds.includes(m.userId)).map(({ id, name }) => ({ id, name }))}
              members={members.map(({ id, name }) => ({ id, name }))}
              current={{ facilitatorId: membershipOf(meeting.facilitatorId), secretaryId: membershipOf(meeting.secretaryId) }}
            />
          </NextIntlClientProvider>
        </>
      ) : (
        <p role="alert" className="font-medium text-red-800">{t("notEditable")}</p>
      )}
    </PageMain>
  );
}
