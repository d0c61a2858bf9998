// The way back out of a zoom: the circles enclosing the focused one, each a link that centres the
// map on it; the focused circle ends the trail.
import { getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";

type Crumb = { id: string; name: string };

export async function MapBreadcrumb({ ancestors, focus, zoomHref }: { ancestors: Crumb[]; focus: Crumb; zoomHref: (id: string) => string }) {
  const t = await getTranslations("circles.map");
  return (
    <nav aria-label={t("breadcrumbLabel")}>
      <ol className="flex flex-wrap items-center gap-x-2 text-sm">
        {ancestors.map((circle) => (
          <li key={circle.id} className="flex items-center gap-2">
            <a href={zoomHref(circle.id)} className={textLink}>
              {circle.name}
            </a>
            <span aria-hidden="true">›</span>
          </li>
        ))}
        <li aria-current="location" className="font-semibold">
          {focus.name}
        </li>
      </ol>
    </nav>
  );
}
