// /o/[slug]/roles: every active role, 50 a page (?page=), filtered by circle (?circle=) and by
// a text in the name (?q=, case and accents ignored).
import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { PageLinks } from "@/components/circles/page-links";
import { RoleFilters } from "@/components/roles/role-filters";
import { RoleTable } from "@/components/roles/role-table";
import { PageMain } from "@/components/ui/page-main";
import { getCircleTree } from "@/lib/circles/data";
import { hrefWith, pageNumber, single } from "@/lib/circles/params";
import { flattenTree } from "@/lib/circles/tree";
import { requireMember } from "@/lib/organizations/context";
import { keptRoles } from "@/lib/roles/list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("roles.list"))("title") };
}

export default async function RolesPage({ params, searchParams }: PageProps<"/o/[slug]/roles">) {
  const { slug } = await params;
  const query = await searchParams;
  const circleId = single(query.circle) || undefined;
  const q = single(query.q)?.trim().slice(0, 100) || undefined;
  const { organization } = await requireMember(slug);
  const [tree, list, t] = await Promise.all([
    getCircleTree(organization),
    keptRoles(organization, { page: pageNumber(query.page), circleId, q }),
    getTranslations("roles.list"),
  ]);
  const path = `/o/${encodeURIComponent(organization.slug)}/roles`;
  return (
    <PageMain className="flex flex-col gap-6">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700" role="status">
          {t("count", { count: list.total })}
        </p>
      </div>
      <RoleFilters action={path} circles={flattenTree(tree)} circleId={circleId} q={q} />
      {list.roles.length === 0 ? <p className="text-slate-700">{t("empty")}</p> : <RoleTable slug={organization.slug} roles={list.roles} />}
      <PageLinks list={t("pagesOf")} page={list.page} pageCount={list.pageCount} hrefFor={(page) => hrefWith(path, { circle: circleId, q, page })} />
    </PageMain>
  );
}
