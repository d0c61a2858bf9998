// /o/[slug]/proposals: the organisation's proposals, filtered (?mine=1&circle=&status=) and
// paginated. Drafts appear to their author only.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { ProposalFilters } from "@/components/proposals/proposal-filters";
import { ListPagination } from "@/components/proposals/list-pagination";
import { StatusBadge } from "@/components/proposals/status-badge";
import { PageMain } from "@/components/ui/page-main";
import { textLink } from "@/components/ui/styles";
import { requireMember } from "@/lib/organizations/context";
import { activeCircles, listProposals } from "@/lib/proposals/data";
import { listFiltersSchema } from "@/lib/proposals/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proposals.list"))("title") };
}

export default async function ProposalsPage({ params, searchParams }: PageProps<"/o/[slug]/proposals">) {
  const { slug } = await params;
  const query = await searchParams;
  const context = await requireMember(slug);
  const filters = listFiltersSchema.parse(Object.fromEntries(Object.entries(query).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));
  const [list, circles, t, format] = await Promise.all([
    listProposals(context.organization.id, context.user.id, filters),
    activeCircles(context.organization.id),
    getTranslations("proposals"),
    getFormatter(),
  ]);
  const basePath = `/o/${encodeURIComponent(context.organization.slug)}/proposals`;
  return (
    <PageMain className="flex flex-col gap-6">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-bold">{t("list.title")}</h1>
        <p className="text-slate-600">{t("list.count", { count: list.total })}</p>
      </div>
      <p className="text-sm text-slate-700">{t("list.howTo")}</p>
      <ProposalFilters basePath={basePath} filters={filters} circles={circles} />
      {list.items.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {list.items.map((item) => (
            <li key={item.id} className="flex flex-col gap-1 rounded border border-slate-300 p-3">
              <Link href={`${basePath}/${item.id}`} className={`${textLink} font-semibold`}>{item.title}</Link>
              <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                <StatusBadge status={item.status} />
                <span>{t("list.meta", { circle: item.circleName, author: item.authorName, version: item.currentVersion })}</span>
                {item.isInterpoles && <span>· {t("interpoles")}</span>}
                <span>· {format.dateTime(item.updatedAt, { dateStyle: "medium" })}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <ListPagination basePath={basePath} query={{ mine: filters.mine, circle: filters.circle, status: filters.status }} page={list.page} pageCount={list.pageCount} />
    </PageMain>
  );
}
