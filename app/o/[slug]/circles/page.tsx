// /o/[slug]/circles: the organisation map (?focus=<circleId> zooms on a circle), one level at a
// time, and the same level as a list, its accessible equivalent. Three queries: circles, role
// counts, focused roles.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { CircleMap } from "@/components/circles/circle-map";
import { CircleTree } from "@/components/circles/circle-tree";
import { MapBreadcrumb } from "@/components/circles/map-breadcrumb";
import { MapLegend } from "@/components/circles/map-legend";
import { PageMain } from "@/components/ui/page-main";
import { textLink } from "@/components/ui/styles";
import { getCircleTree, listMapRoles } from "@/lib/circles/data";
import { packCircles } from "@/lib/circles/pack";
import { single } from "@/lib/circles/params";
import { ancestorsOf, mapInput } from "@/lib/circles/tree";
import { requireMember } from "@/lib/organizations/context";
import { MAP_SIZE } from "@/components/circles/circle-map";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("circles.map"))("title") };
}

export default async function CirclesPage({ params, searchParams }: PageProps<"/o/[slug]/circles">) {
  const { slug } = await params;
  const focusParam = single((await searchParams).focus);
  const { organization } = await requireMember(slug);
  const [tree, t] = await Promise.all([getCircleTree(organization), getTranslations("circles.map")]);
  // An unknown focus (or another organisation's circle) is a page that does not exist.
  const focus = focusParam === undefined ? tree.root : tree.byId.get(focusParam);
  if (focusParam !== undefined && !focus) notFound();

  const base = `/o/${encodeURIComponent(organization.slug)}`;
  const circleHref = (id: string) => `${base}/circles/${id}`;
  const zoomHref = (id: string) => `${base}/circles?focus=${id}`;
  const roleHref = (id: string) => `${base}/roles/${id}`;

  if (!focus || !tree.root) {
    return (
      <PageMain>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-4 text-slate-700">{t("noCircles")}</p>
      </PageMain>
    );
  }
  const ancestors = ancestorsOf(tree, focus.id);
  const circles = packCircles(mapInput(focus, await listMapRoles(organization.id, focus.id)), MAP_SIZE);

  return (
    <PageMain className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="map-title" className="flex flex-col gap-3">
          <h2 id="map-title" className="text-xl font-semibold">
            {t("mapTitle")}
          </h2>
          <MapBreadcrumb ancestors={ancestors} focus={focus} zoomHref={zoomHref} />
          <p className="text-sm text-slate-700">{t("depthNote")}</p>
          <Link href={circleHref(focus.id)} className={textLink}>
            {t("openFocused", { name: focus.name })}
          </Link>
          <CircleMap circles={circles} circleHref={circleHref} zoomHref={zoomHref} roleHref={roleHref} />
          <MapLegend />
        </section>
        <section aria-labelledby="tree-title" className="flex flex-col gap-3">
          <h2 id="tree-title" className="text-xl font-semibold">
            {t("treeTitle")}
          </h2>
          <CircleTree focus={focus} circleHref={circleHref} zoomHref={zoomHref} />
        </section>
      </div>
    </PageMain>
  );
}
