// /o/[slug]/search?q=: one box for the whole current record (circles, roles, accountabilities,
// domains, policies, members), ranked, with the matches marked.
import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { ResultList } from "@/components/search/result-list";
import { SearchForm } from "@/components/search/search-form";
import { SearchPagination } from "@/components/search/search-pagination";
import { PageMain } from "@/components/ui/page-main";
import { requireMember } from "@/lib/organizations/context";
import { RESULTS_PER_PAGE, searchRecord } from "@/lib/search/data";
import { firstParam, searchParamsSchema } from "@/lib/search/query";
import { db } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

export default async function SearchPage({ params, searchParams }: PageProps<"/o/[slug]/search">) {
  const { slug } = await params;
  const raw = await searchParams;
  const context = await requireMember(slug);
  const typed = firstParam(raw.q);
  const t = await getTranslations();
  // No query yet: just the box. A query given but refused (blank, too long): the box and why.
  const parsed = typed === undefined ? null : searchParamsSchema.safeParse({ q: typed, page: firstParam(raw.page) });
  const tooLong = parsed && !parsed.success && parsed.error.issues.some((issue) => issue.message === "search.errors.tooLong");
  const error = parsed && !parsed.success ? t(tooLong ? "search.errors.tooLong" : "search.errors.empty") : null;
  const input = parsed?.success ? parsed.data : null;
  const results = input ? await searchRecord(db, context.organization.id, input.q, input.page) : null;
  return (
    <PageMain className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{input ? t("search.titleWithQuery", { query: input.q }) : t("search.title")}</h1>
      <SearchForm slug={context.organization.slug} id="search-page-q" defaultValue={typed ?? ""} errorId={error ? "search-error" : undefined} />
      {error && (
        <p id="search-error" role="alert" className="font-medium text-red-800">
          {error}
        </p>
      )}
      {input && results && (
        <section aria-labelledby="search-results" className="flex flex-col gap-4">
          <h2 id="search-results" className="text-xl font-semibold">
            {t("search.results.label")}
          </h2>
          {results.hits.length === 0 ? (
            <p role="status">{t("search.results.none", { query: input.q })}</p>
          ) : (
            <ResultList slug={context.organization.slug} hits={results.hits} start={(results.page - 1) * RESULTS_PER_PAGE + 1} />
          )}
          <SearchPagination basePath={`/o/${encodeURIComponent(context.organization.slug)}/search`} query={input.q} page={results.page} hasNext={results.hasNext} />
        </section>
      )}
    </PageMain>
  );
}
