// /o/[slug]/tensions?mine=1&circle=&status=&kind=&page=: the organisation's tensions, newest
// first, 20 a page. Drafts appear only to their author, among "mine".
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { ListPagination } from "@/components/tensions/list-pagination";
import { TensionFilterForm } from "@/components/tensions/tension-filters";
import { TensionList } from "@/components/tensions/tension-list";
import { PageMain } from "@/components/ui/page-main";
import { primaryButton } from "@/components/ui/styles";
import { requireMember } from "@/lib/organizations/context";
import { listTensions } from "@/lib/tensions/data";
import { filtersQuery, parseFilters } from "@/lib/tensions/filters";
import { getCircleTree } from "@/lib/circles/data";
import { flattenTree } from "@/lib/circles/tree";
import { canRaise } from "@/lib/tensions/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tensions"))("title") };
}

export default async function TensionsPage({ params, searchParams }: PageProps<"/o/[slug]/tensions">) {
  const { slug } = await params;
  const filters = parseFilters(await searchParams);
  const { organization, user, membership } = await requireMember(slug);
  const [list, tree, t] = await Promise.all([
    listTensions({ organizationId: organization.id, userId: user.id }, filters),
    getCircleTree(organization),
    getTranslations("tensions"),
  ]);
  const base = `/o/${encodeURIComponent(organization.slug)}/tensions`;
  return (
    <PageMain className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {canRaise(membership) && (
          <Link href={`${base}/new`} className={`${primaryButton} ms-auto`}>
            {t("raise")}
          </Link>
        )}
      </div>
      <p className="text-slate-700">{t("intro")}</p>
      <TensionFilterForm action={base} filters={filters} circles={flattenTree(tree)} />
      <p role="status" className="text-slate-700">
        {t("count", { count: list.total })}
      </p>
      <TensionList base={base} tensions={list.items} />
      <ListPagination
        page={list.page}
        pageCount={list.pageCount}
        hrefOf={(page) => `${base}${filtersQuery(filters, page)}`}
        label={t("pagination.label")}
        previous={t("pagination.previous")}
        next={t("pagination.next")}
      />
    </PageMain>
  );
}
