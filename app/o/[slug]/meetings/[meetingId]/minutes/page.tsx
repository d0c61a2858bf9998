// /o/[slug]/meetings/[meetingId]/minutes: the minutes of a closed meeting, for every member
// (transparency), marked « Brouillon » until published; the secretary and the facilitator get the
// notes form and the publish button. A meeting not closed yet, or cancelled, says so plainly.
// Printable: the navigation, the forms and the download link are hidden on paper.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { MinutesView } from "@/components/minutes/minutes-view";
import { MinutesNotesForm } from "@/components/minutes/notes-form";
import { ButtonForm } from "@/components/rounds/button-form";
import { buttonClass } from "@/components/organizations/form-status";
import { PageMain } from "@/components/ui/page-main";
import { textLink } from "@/components/ui/styles";
import { actorOf } from "@/lib/meetings/change";
import { meetingMinutes } from "@/lib/meetings/minutes";
import { publishMinutesAction, saveMinutesNotesAction } from "@/lib/meetings/minutes-actions";
import { canKeepMinutes } from "@/lib/meetings/policy";
import { requireMember } from "@/lib/organizations/context";
import { recordLabels } from "@/lib/proposals/labels";
import { loadRecordSnapshot } from "@/lib/proposals/preview-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("minutes.page"))("metaTitle") };
}

export default async function MinutesPage({ params }: PageProps<"/o/[slug]/meetings/[meetingId]/minutes">) {
  const { slug, meetingId } = await params;
  const context = await requireMember(slug);
  const minutes = await meetingMinutes(context.organization.id, meetingId);
  if (!minutes) notFound();
  const [t, format] = await Promise.all([getTranslations("minutes"), getFormatter()]);
  const base = `/o/${encodeURIComponent(slug)}`;
  const meetingPath = `${base}/meetings/${minutes.id}`;
  const back = <p className="text-sm print:hidden"><Link href={meetingPath} className={textLink}>{t("page.back")}</Link></p>;

  if (minutes.status !== "closed") {
    return (
      <PageMain className="flex flex-col gap-4">
        {back}
        <h1 className="text-2xl font-bold">{t("page.title", { title: minutes.title })}</h1>
        <p role="status">{t(minutes.status === "cancelled" ? "page.cancelled" : "page.notClosed")}</p>
      </PageMain>
    );
  }

  const changes = minutes.proposals.flatMap((p) => p.decision?.changes ?? []);
  const labels = recordLabels(await loadRecordSnapshot(context.organization.id, minutes.circles.map((c) => c.id), changes), changes);
  const keeps = canKeepMinutes(actorOf(context), minutes);
  return (
    <PageMain className="flex flex-col gap-6 print:max-w-none print:p-0">
      <header className="flex flex-col gap-2">
        {back}
        <h1 className="text-2xl font-bold">{t("page.title", { title: minutes.title })}</h1>
        {minutes.publishedAt ? (
          <p className="text-sm text-slate-700">{t("page.publishedOn", { date: format.dateTime(minutes.publishedAt, { dateStyle: "long", timeStyle: "short" }) })}</p>
        ) : (
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span className="rounded border border-amber-800 px-2 py-0.5 font-semibold uppercase text-amber-900">{t("page.draft")}</span>
            <span>{t("page.draftNotice")}</span>
          </p>
        )}
        <p className="text-sm print:hidden">
          <a href={`${meetingPath}/minutes/export`} className={textLink} download>{t("page.exportMarkdown")}</a>
        </p>
      </header>
      <MinutesView minutes={minutes} labels={labels} base={base} />
      {keeps && (
        <section aria-labelledby="minutes-keep" className="flex flex-col gap-4 border-t border-slate-200 pt-4 print:hidden">
          <h2 id="minutes-keep" className="text-xl font-semibold">{t("notes.title")}</h2>
          <MinutesNotesForm
            action={saveMinutesNotesAction.bind(null, slug, minutes.id)} notes={minutes.notes}
            words={{ label: t("notes.label"), hint: t("notes.hint"), save: t("notes.save") }}
          />
          {!minutes.publishedAt && (
            <div className="flex flex-col gap-1">
              <p id="minutes-publish-hint" className="text-sm text-slate-700">{t("publish.hint")}</p>
              <ButtonForm action={publishMinutesAction.bind(null, slug, minutes.id)} label={t("publish.button")} className={buttonClass} />
            </div>
          )}
        </section>
      )}
    </PageMain>
  );
}
