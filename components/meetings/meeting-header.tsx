// The heading of a meeting's page: title, status, when and where, circles, facilitator and
// secretary, and the links to the calendar file, the projector view and the minutes.
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";
import type { MeetingPage } from "@/lib/meetings/data";

export async function MeetingHeader({ slug, meeting }: { slug: string; meeting: MeetingPage }) {
  const [t, format] = await Promise.all([getTranslations("meetings"), getFormatter()]);
  const base = `/o/${encodeURIComponent(slug)}/meetings`;
  const name = (id: string | null) => (id ? (meeting.names.get(id) ?? "—") : t("page.nobody"));
  return (
    <header className="flex flex-col gap-2">
      <p className="text-sm print:hidden"><Link href={base} className={textLink}>{t("page.back")}</Link></p>
      <h1 className="text-2xl font-bold">{meeting.title}</h1>
      <p className="flex flex-wrap gap-2 text-sm text-slate-700">
        <span className="font-semibold" data-testid="meeting-status">{t(`status.${meeting.status}` as never)}</span>
        <span>· {t("page.when", { date: format.dateTime(meeting.startsAt, { dateStyle: "full", timeStyle: "short" }), duration: meeting.durationMinutes })}</span>
      </p>
      <ul className="flex flex-col gap-1 text-sm text-slate-700">
        {meeting.place && <li>{t("page.place", { place: meeting.place })}</li>}
        {meeting.videoUrl && <li><a href={meeting.videoUrl} rel="noopener noreferrer" className={textLink}>{t("page.video")}</a></li>}
        <li>{t("page.circles", { circles: meeting.circles.map((c) => c.name).join(", ") })}</li>
        <li>{t("page.facilitator", { name: name(meeting.facilitatorId) })} · {t("page.secretary", { name: name(meeting.secretaryId) })}</li>
      </ul>
      <p className="flex flex-wrap gap-4 text-sm print:hidden">
        {meeting.status === "scheduled" && <a href={`${base}/${meeting.id}/calendar`} className={textLink} download>{t("page.calendar")}</a>}
        {meeting.status === "in_progress" && <Link href={`${base}/${meeting.id}/projector`} className={textLink}>{t("page.projector")}</Link>}
        {meeting.status === "closed" && <Link href={`${base}/${meeting.id}/minutes`} className={textLink}>{t("page.minutes")}</Link>}
      </p>
    </header>
  );
}
