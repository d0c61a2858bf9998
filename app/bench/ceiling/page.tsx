// /bench/ceiling: the framework's own ceiling for `npm run bench` (scripts/bench/): the same root
// layout, rendered per request like every page of the app, with no database read and no session.
// Every governance page's throughput is compared with it. It is in production on purpose: the
// figure is only meaningful on the real build, and the page shows nothing and costs nothing
// (docs/decisions/0007-bench-ceiling-page.md).
import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "@/lib/i18n/server";
import { PageMain } from "@/components/ui/page-main";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bench"))("title"), robots: { index: false } };
}

export default async function CeilingPage() {
  // Dynamic like every page of the app: nothing is prerendered or cached between requests.
  await connection();
  const t = await getTranslations("bench");
  return (
    <PageMain className="flex flex-col gap-2">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("explain")}</p>
    </PageMain>
  );
}
