// /o/[slug]/journal: the organisation's activity log, every member (observers too) may read it;
// drafts of others stay out (lib/journal/visibility.ts). ?circle= narrows it to one circle,
// ?cursor= pages it.
import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { EventList } from "@/components/journal/event-list";
import { JournalFilter } from "@/components/journal/journal-filter";
import { CursorLinks } from "@/components/ui/cursor-links";
import { PageMain } from "@/components/ui/page-main";
import { hrefWith, isUuid, single } from "@/lib/circles/params";
import { journalCircles, journalPage } from "@/lib/journal/data";
import { requireMember } from "@/lib/organizations/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("journal.page"))("title") };
}

export default async function JournalPage({ params, searchParams }: PageProps<"/o/[slug]/journal">) {
  const { slug } = await params;
  const search = await searchParams;
  const context = await requireMember(slug);
  const organizationId = context.organization.id;
  const circle = single(search.circle);
  // An id of another organisation's circle simply matches no event of this one.
  const circleId = isUuid(circle) ? circle.toLowerCase() : null;
  const cursor = single(search.cursor) ?? null;
  const [t, circles, page] = await Promise.all([
    getTranslations("journal.page"),
    journalCircles(organizationId),
    journalPage({ organizationId, slug: context.organization.slug, viewerUserId: context.user.id, circleId, cursor }),
  ]);
  const path = `/o/${encodeURIComponent(context.organization.slug)}/journal`;
  return (
    <PageMain className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      <JournalFilter action={path} circles={circles} selected={circleId} />
      <EventList slug={context.organization.slug} events={page.items} emptyText={circleId ? t("emptyFiltered") : t("empty")} />
      <CursorLinks
        list={t("title")}
        isFirstPage={!cursor}
        newestHref={hrefWith(path, { circle: circleId ?? undefined })}
        olderHref={page.nextCursor ? hrefWith(path, { circle: circleId ?? undefined, cursor: page.nextCursor }) : null}
      />
    </PageMain>
  );
}
