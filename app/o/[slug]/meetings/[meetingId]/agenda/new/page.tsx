// /o/[slug]/meetings/[meetingId]/agenda/new: adding an item to a meeting's agenda, a tension or a
// proposal of the organisation, a free item or an election. On a page of its own rather than
// folded into the meeting page: the list of subjects grows with the organisation (hundreds of open
// tensions in a large one), and the meeting page is the one every participant keeps open and
// reloads at each live event (docs/decisions/0011-pages-that-stay-light.md).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/lib/i18n/server";
import { AddElectionForm } from "@/components/elections/add-election-form";
import { AddItemForm } from "@/components/meetings/add-item-form";
import Link from "@/components/ui/link";
import { PageMain } from "@/components/ui/page-main";
import { textLink } from "@/components/ui/styles";
import { electionRoles } from "@/lib/elections/data";
import { clientMessages } from "@/lib/i18n/client-messages";
import { addItemAction } from "@/lib/meetings/actions";
import { actorOf } from "@/lib/meetings/change";
import { agendaSubjects, meetingForPage } from "@/lib/meetings/data";
import { canAddItem } from "@/lib/meetings/policy";
import { requireMember } from "@/lib/organizations/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings.agenda"))("add") };
}

export default async function NewAgendaItemPage({ params }: PageProps<"/o/[slug]/meetings/[meetingId]/agenda/new">) {
  const { slug, meetingId } = await params;
  const context = await requireMember(slug);
  const meeting = await meetingForPage(context.organization.id, meetingId);
  // Someone who may not add an item finds no such page, as for a meeting of another organisation.
  if (!meeting || !canAddItem(actorOf(context), meeting)) notFound();
  const [t, messages, subjects, roles] = await Promise.all([
    getTranslations("meetings.agenda"),
    clientMessages(["meetings.agenda"]),
    agendaSubjects(context.organization.id),
    electionRoles(context.organization.id),
  ]);
  const meetingHref = `/o/${encodeURIComponent(slug)}/meetings/${meeting.id}`;
  return (
    <PageMain className="flex max-w-3xl flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("addTitle", { title: meeting.title })}</h1>
      <Link href={meetingHref} className={`${textLink} self-start`}>
        {t("backToMeeting")}
      </Link>
      <section aria-labelledby="add-item-title" className="flex flex-col gap-3">
        <h2 id="add-item-title" className="text-xl font-semibold">{t("addItem")}</h2>
        <NextIntlClientProvider messages={messages}>
          <AddItemForm action={addItemAction.bind(null, slug, meeting.id)} tensions={subjects.tensions} proposals={subjects.proposals} />
        </NextIntlClientProvider>
      </section>
      <AddElectionForm slug={slug} meetingId={meeting.id} roles={roles} />
    </PageMain>
  );
}
