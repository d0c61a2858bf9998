// /o/[slug]/decisions: the organisation's decisions, newest first, or only those « à revoir »
// (?review=1: their review date has come), paginated.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { ReviewBadge } from "@/components/decisions/review-badge";
import { ListPagination } from "@/components/proposals/list-pagination";
import { PageMain } from "@/components/ui/page-main";
import { textLink } from "@/components/ui/styles";
import { isDue, listDecisions } from "@/lib/decisions/data";
import { requireMember } from "@/lib/organizations/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("decisions.list"))("title") };
}

export default async function DecisionsPage({ params, searchParams }: PageProps<"/o/[slug]/decisions">) {
  const { slug } = await params;
  const query = await searchParams;
  const context = await requireMember(slug);
  const dueOnly = query.review === "1";
  const page = typeof query.page === "string" && /^\d{1,5}$/.test(query.page) ? Math.max(1, Number(query.page)) : 1;
  const { rows, pages } = await listDecisions(context.organization.id, { dueOnly, page });
  const [t, format] = await Promise.all([getTranslations("decisions.list"), getFormatter()]);
  const base = `/o/${encodeURIComponent(slug)}/decisions`;
  return (
    <PageMain className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <nav aria-label={t("filters")} className="flex gap-4 text-sm">
        <Link href={base} className={textLink} aria-current={dueOnly ? undefined : "page"}>{t("all")}</Link>
        <Link href={`${base}?review=1`} className={textLink} aria-current={dueOnly ? "page" : undefined}>{t("toReview")}</Link>
      </nav>
      {rows.length === 0 ? <p>{t(dueOnly ? "emptyReview" : "empty")}</p> : (
        <ul className="flex flex-col gap-3">
          {rows.map((d) => (
            <li key={d.id} className="flex flex-col gap-1 rounded border border-slate-300 p-3">
              <p className="flex flex-wrap items-center gap-2">
                <Link href={`${base}/${d.id}`} className={`${textLink} font-semibold`}>{d.version.title}</Link>
                {isDue(d.reviewOn) && <ReviewBadge />}
              </p>
              <p className="text-sm text-slate-700">
                {t("meta", { circle: d.circle.name, date: format.dateTime(d.adoptedAt, { dateStyle: "medium" }) })}
                {d.reviewOn && <> · {t("reviewOn", { date: format.dateTime(d.reviewOn, { dateStyle: "medium", timeZone: "UTC" }) })}</>}
              </p>
            </li>
          ))}
        </ul>
      )}
      <ListPagination basePath={base} query={{ review: dueOnly ? "1" : undefined }} page={page} pageCount={pages} />
    </PageMain>
  );
}
