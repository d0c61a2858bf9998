// /o/[slug]/meetings/[meetingId]/projector: the view shown on the wall. Large type, no controls:
// the stage, the item in progress, who speaks, the timer, and the consent round's progress
// (how many answered, and who is awaited; answers themselves are on each participant's device).
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/lib/i18n/server";
import { LiveUpdates } from "@/components/meetings/live-updates";
import { RoundTimer } from "@/components/meetings/round-timer";
import { textLink } from "@/components/ui/styles";
import { clientMessages } from "@/lib/i18n/client-messages";
import { meetingForPage } from "@/lib/meetings/data";
import { requireMember } from "@/lib/organizations/context";
import { processView } from "@/lib/rounds/data";
import { yetToAnswer } from "@/lib/rounds/participant-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings.projector"))("metaTitle") };
}

export default async function ProjectorPage({ params }: PageProps<"/o/[slug]/meetings/[meetingId]/projector">) {
  const { slug, meetingId } = await params;
  const context = await requireMember(slug);
  const meeting = await meetingForPage(context.organization.id, meetingId);
  if (!meeting) notFound();
  const item = meeting.currentItem;
  const [t, messages, process] = await Promise.all([
    getTranslations("meetings"),
    clientMessages(["meetings.page.live", "meetings.timer"]),
    item?.proposalId ? processView(context, item.proposalId) : Promise.resolve(null),
  ]);
  const round = process?.state.round;
  const answered = new Set(round?.answers.map((a) => a.userId) ?? []);
  const count = (kind: string) => round?.answers.filter((a) => a.kind === kind).length ?? 0;
  // Those yet to answer, bounded for a large circle (lib/rounds/participant-list.ts).
  const { names: waiting, more: waitingMore } = round?.status === "open"
    ? yetToAnswer(round.participants, answered, (userId) => process?.names.get(userId) ?? "—")
    : { names: [], more: 0 };
  return (
    <NextIntlClientProvider messages={messages}>
      <main id="main" className="flex min-h-screen flex-col gap-8 p-8 text-2xl">
        <p className="text-base"><Link href={`/o/${encodeURIComponent(slug)}/meetings/${meeting.id}`} className={textLink}>{t("projector.back")}</Link></p>
        <h1 className="text-4xl font-bold">{t("projector.title", { title: meeting.title })}</h1>
        {meeting.status === "in_progress" && <LiveUpdates url={`/o/${encodeURIComponent(slug)}/meetings/${meeting.id}/events`} />}
        <p className="font-semibold">{meeting.status === "in_progress" ? t(`stages.${meeting.stage}`) : t(`status.${meeting.status}` as never)}</p>
        {item && <p className="text-3xl" data-testid="projector-item">{t(`agenda.kinds.${item.kind}`)} : {item.title}</p>}
        <p role="status">{meeting.speakerId ? t("speaking.current", { name: meeting.names.get(meeting.speakerId) ?? "—" }) : t("speaking.none")}</p>
        {meeting.timerEndsAt && <RoundTimer endsAt={meeting.timerEndsAt.toISOString()} />}
        {round && round.status === "open" && (
          <section aria-labelledby="projector-round" className="flex flex-col gap-2">
            <h2 id="projector-round" className="font-semibold" data-testid="projector-round">{t("projector.round", { answered: String(answered.size), total: String(round.participants.length) })}</h2>
            <p>{(["consent", "objection", "abstention"] as const).map((k) => `${count(k)} ${t(`projector.answers.${k}`)}`).join(" · ")}</p>
            {waiting.length > 0 && <p>{t("projector.waiting", { names: waiting.join(", ") })}</p>}
            {waitingMore > 0 && <p>{t("projector.waitingMore", { count: waitingMore })}</p>}
          </section>
        )}
      </main>
    </NextIntlClientProvider>
  );
}
