// /o/[slug]/review: the accountability review, where an Interpôles meeting starts. Every active
// accountability by circle (tree order) and role, filtered by circle (?circle=, with its
// sub-circles), text (?q=) and member (?member=), 8 circles a page; exports and print.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { ExportLinks } from "@/components/review/export-links";
import { Pager } from "@/components/review/pager";
import { ReviewCircle } from "@/components/review/review-circle";
import { ReviewFiltersForm } from "@/components/review/review-filters";
import { PageMain } from "@/components/ui/page-main";
import { requireMember } from "@/lib/organizations/context";
import { loadReview } from "@/lib/review/data";
import { parsePage, parseReviewFilters, reviewQuery } from "@/lib/review/filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

export default async function ReviewPage({ params, searchParams }: PageProps<"/o/[slug]/review">) {
  const { slug } = await params;
  const search = await searchParams;
  const context = await requireMember(slug);
  const filters = parseReviewFilters(search);
  if (!filters) notFound();
  const [locale, t, format] = await Promise.all([getLocale(), getTranslations("review"), getFormatter()]);
  const review = await loadReview(context.organization.id, filters, parsePage(search), locale, context.organization.recordVersion);
  if (!review) notFound();

  const base = `/o/${encodeURIComponent(context.organization.slug)}`;
  const basePath = `${base}/review`;
  const scope = [
    review.scopeCircle && t("scope.circle", { name: review.scopeCircle.name }),
    review.member && t("scope.member", { name: review.member.name }),
    filters.q && t("scope.q", { q: filters.q }),
  ].filter((line): line is string => Boolean(line));

  return (
    <PageMain className="flex flex-col gap-6 print:max-w-none print:p-0 print:text-black">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {/* On paper the organisation bar is gone: say whose review it is, and when. */}
        <p className="hidden print:block">
          {t("printedFor", { organization: context.organization.name, date: format.dateTime(new Date(), { dateStyle: "long" }) })}
        </p>
        <p className="text-slate-700 print:hidden">{t("intro")}</p>
        {scope.map((line) => (
          <p key={line} className="font-medium">{line}</p>
        ))}
        <p className="text-slate-700 print:text-black">{t("counts", { circles: review.circleCount, accountabilities: review.accountabilityCount })}</p>
      </div>
      <ReviewFiltersForm
        basePath={basePath}
        filters={filters}
        circles={review.circleOptions}
        myMembershipId={context.membership.id}
        member={review.member}
      />
      <ExportLinks basePath={basePath} filters={filters} />
      {review.circles.length === 0 ? (
        <p role="status" className="text-slate-700">{t("empty")}</p>
      ) : (
        review.circles.map((circle) => <ReviewCircle key={circle.id} base={base} circle={circle} />)
      )}
      <Pager
        page={review.page}
        pageCount={review.pageCount}
        hrefFor={(page) => `${basePath}${reviewQuery(filters, { page })}`}
        labels={{
          nav: t("pagination.label"),
          previous: t("pagination.previous"),
          next: t("pagination.next"),
          status: t("pagination.status", { page: review.page, count: review.pageCount }),
        }}
      />
    </PageMain>
  );
}
