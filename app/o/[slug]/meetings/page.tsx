// /o/[slug]/meetings: the governance meetings, upcoming ones first, then past ones (?page=N),
// each linking to its page (agenda, live view) and, once closed, its minutes.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { MeetingList } from "@/components/meetings/meeting-list";
import { PageMain } from "@/components/ui/page-main";
import { primaryButton, textLink } from "@/components/ui/styles";
import { listMeetings } from "@/lib/meetings/data";
import { canSchedule } from "@/lib/meetings/policy";
import { requireMember } from "@/lib/organizations/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings.list"))("metaTitle") };
}

export default async function MeetingsPage({ params, searchParams }: PageProps<"/o/[slug]/meetings">) {
  const { slug } = await params;
  const raw = (await searchParams).page;
  const page = Math.min(10_000, Math.max(1, Number.parseInt(Array.isArray(raw) ? (raw[0] ?? "1") : (raw ?? "1"), 10) || 1));
  const context = await requireMember(slug);
  const [upcoming, past, t, format] = await Promise.all([
    listMeetings(context.organization.id, "upcoming", 1),
    listMeetings(context.organization.id, "past", page),
    getTranslations("meetings.list"),
    getFormatter(),
  ]);
  const base = `/o/${encodeURIComponent(slug)}/meetings`;
  const when = (date: Date, duration: number) => t("when", { date: format.dateTime(date, { dateStyle: "full", timeStyle: "short" }), duration });
  return (
    <PageMain className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {canSchedule({ userId: context.user.id, permission: context.membership.permission }) && (
        <p><Link href={`${base}/new`} className={primaryButton}>{t("schedule")}</Link></p>
      )}
      <section aria-labelledby="upcoming-title" className="flex flex-col gap-3">
        <h2 id="upcoming-title" className="text-xl font-semibold">{t("upcoming")}</h2>
        <MeetingList base={base} items={upcoming.items} empty={t("noUpcoming")} when={when} />
      </section>
      <section aria-labelledby="past-title" className="flex flex-col gap-3">
        <h2 id="past-title" className="text-xl font-semibold">{t("past")}</h2>
        <MeetingList base={base} items={past.items} empty={t("noPast")} when={when} />
        {(page > 1 || past.hasMore) && (
          <nav aria-label={t("pagination")} className="flex gap-4 text-sm">
            {page > 1 && <Link href={base} className={textLink}>{t("first")}</Link>}
            {past.hasMore && <Link href={`${base}?page=${page + 1}`} className={textLink}>{t("more")}</Link>}
          </nav>
        )}
      </section>
    </PageMain>
  );
}
