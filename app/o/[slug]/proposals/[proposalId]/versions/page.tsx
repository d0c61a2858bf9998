// /o/[slug]/proposals/[proposalId]/versions?a=1&b=2: compares two versions of a proposal — title,
// reasons and free text as line diffs, and the change sets (added, removed, changed changes).
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { ChangeSetComparison } from "@/components/proposals/change-set-comparison";
import { TextDiff } from "@/components/proposals/text-diff";
import { secondaryButtonClass, inputClass } from "@/components/organizations/form-status";
import { PageMain } from "@/components/ui/page-main";
import { textLink } from "@/components/ui/styles";
import { requireMember } from "@/lib/organizations/context";
import { diffChangeSets } from "@/lib/proposals/change-set-diff";
import { proposalForPage, versionContent } from "@/lib/proposals/data";
import { recordLabels } from "@/lib/proposals/labels";
import { loadRecordSnapshot } from "@/lib/proposals/preview-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proposals.compare"))("metaTitle") };
}

function versionNumber(value: string | string[] | undefined, fallback: number): number {
  const number = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(number) && number >= 1 ? number : fallback;
}

export default async function CompareVersionsPage({ params, searchParams }: PageProps<"/o/[slug]/proposals/[proposalId]/versions">) {
  const { slug, proposalId } = await params;
  const query = await searchParams;
  const context = await requireMember(slug);
  const organizationId = context.organization.id;
  const proposal = await proposalForPage(organizationId, context.user.id, proposalId);
  if (!proposal) notFound();
  const a = versionNumber(query.a, Math.max(1, proposal.currentVersion - 1));
  const b = versionNumber(query.b, proposal.currentVersion);
  const [before, after, t] = await Promise.all([versionContent(organizationId, proposal.id, a), versionContent(organizationId, proposal.id, b), getTranslations("proposals")]);
  if (!before || !after) notFound();
  const changes = [...before.changes, ...after.changes];
  const labels = recordLabels(await loadRecordSnapshot(organizationId, proposal.circles.map((circle) => circle.id), changes), changes);
  const base = `/o/${encodeURIComponent(slug)}/proposals/${proposal.id}`;
  const numbers = proposal.versions.map((version) => version.number).sort((x, y) => x - y);
  return (
    <PageMain className="flex flex-col gap-6">
      <p className="text-sm"><Link href={base} className={textLink}>{t("edit.back")}</Link></p>
      <h1 className="text-2xl font-bold">{t("compare.heading", { a, b })}</h1>
      <form method="get" action={`${base}/versions`} aria-label={t("compare.choose")} className="flex flex-wrap items-end gap-3">
        {(["a", "b"] as const).map((name) => (
          <div key={name} className="flex flex-col gap-1">
            <label htmlFor={`version-${name}`} className="text-sm font-medium">{t(`compare.${name}`)}</label>
            <select id={`version-${name}`} name={name} defaultValue={String(name === "a" ? a : b)} className={inputClass}>
              {numbers.map((number) => <option key={number} value={number}>{t("compare.option", { number })}</option>)}
            </select>
          </div>
        ))}
        <button type="submit" className={secondaryButtonClass}>{t("compare.submit")}</button>
      </form>
      <section aria-labelledby="texts-diff" className="flex flex-col gap-4">
        <h2 id="texts-diff" className="text-xl font-semibold">{t("compare.texts")}</h2>
        <TextDiff label={t("fields.title")} before={before.title} after={after.title} />
        <TextDiff label={t("fields.reasons")} before={before.reasons} after={after.reasons} />
        <TextDiff label={t("fields.body")} before={before.body} after={after.body} />
      </section>
      <ChangeSetComparison steps={diffChangeSets(before.changes, after.changes)} labels={labels} a={a} b={b} />
    </PageMain>
  );
}
