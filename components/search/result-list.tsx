// One page of search results: one ranked list, each hit with its kind, its highlighted name, where
// it sits and an excerpt, linking to the page that shows it.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import type { SearchHit, TargetKind } from "@/lib/search/data";
import { plainText } from "@/lib/search/highlight";
import { Highlighted } from "./highlighted";

const SECTION: Record<TargetKind, string> = { circle: "circles", role: "roles", member: "members" };

export function hitHref(slug: string, hit: SearchHit): string {
  return `/o/${encodeURIComponent(slug)}/${SECTION[hit.targetKind]}/${hit.targetId}`;
}

export async function ResultList({ slug, hits, start }: { slug: string; hits: SearchHit[]; start: number }) {
  const t = await getTranslations("search");
  return (
    <ol start={start} className="flex flex-col gap-3">
      {hits.map((hit) => (
        <li key={`${hit.kind}-${hit.id}`} className="rounded-md border border-slate-200 p-3">
          <p className="flex flex-wrap items-baseline gap-2">
            <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-slate-700">
              {t(`kinds.${hit.kind}`)}
            </span>
            <Link href={hitHref(slug, hit)} className="link font-semibold">
              <Highlighted parts={hit.name} />
            </Link>
            {hit.context && <span className="text-sm text-slate-600">{t("results.in", { context: hit.context })}</span>}
          </p>
          {hit.snippet && plainText(hit.snippet).trim() && (
            <p className="mt-1 text-sm text-slate-700">
              <Highlighted parts={hit.snippet} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
