// /o/[slug]/meetings/[meetingId]/edit: the details (lib/meetings/details.ts) and the people
// (lib/meetings/people.ts) of a scheduled meeting,
// for whoever may edit it (lib/meetings/policy.ts); others are told why, with a way back.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/lib/i18n/server";
import { DetailsForm } from "@/components/meetings/details-form";
import { MemberSearchForm } from "@/components/members/member-search-form";
import { PeopleForm } from "@/components/meetings/people-form";
import { PageMain } from "@/components/ui/page-main";
import { textLink } from "@/components/ui/styles";
import { clientMessages } from "@/lib/i18n/client-messages";
import { editDetailsAction, editPeopleAction } from "@/lib/meetings/actions";
import { meetingForPage, peopleChoices } from "@/lib/meetings/data";
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
  const editable = canEditMeeting({ userId: context.user.id, permission: context.membership.permission }, meeting);
  const [t, people, messages, choices] = await Promise.all([
    getTranslations("meetings.edit"), getTranslations("meetings.edit.people"), clientMessages(["meetings.schedule", "meetings.edit"]),
    editable ? peopleChoices(context.organization.id, meeting, search) : null,
  ]);
  const back = `/o/${encodeURIComponent(slug)}/meetings/${meeting.id}`;
  return (
    <PageMain className="flex flex-col gap-6">
      <p className="text-sm"><Link href={back} className={textLink}>{t("back")}</Link></p>
      <h1 className="text-2xl font-bold">{t("title", { title: meeting.title })}</h1>
      {editable && choices ? (
        <>
          <p className="text-sm text-slate-700">{t("note")}</p>
          <NextIntlClientProvider messages={messages}>
            <DetailsForm
              action={editDetailsAction.bind(null, slug, meeting.id)}
              current={{ title: meeting.title, startsAt: instantToWallClock(meeting.startsAt), durationMinutes: String(meeting.durationMinutes), place: meeting.place, videoUrl: meeting.videoUrl }}
            />
            {(search || choices.shown < choices.total) && (
              <div className="flex max-w-2xl flex-col gap-2">
                <MemberSearchForm label={people("filter")} submitLabel={people("filterSubmit")} search={search} />
                {choices.shown < choices.total && <p className="text-sm text-slate-700">{people("partial", { shown: choices.shown, total: choices.total })}</p>}
              </div>
            )}
            <PeopleForm action={editPeopleAction.bind(null, slug, meeting.id)} invitable={choices.invitable} members={choices.members} current={choices.current} />
          </NextIntlClientProvider>
        </>
      ) : (
        <p role="alert" className="font-medium text-red-800">{t("notEditable")}</p>
      )}
    </PageMain>
  );
}
