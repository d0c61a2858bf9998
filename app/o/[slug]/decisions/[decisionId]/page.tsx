// /o/[slug]/decisions/[decisionId]: an adopted proposal — the version adopted with its changes, what
// it changed in the record, how it was decided, its facilitator and its review date.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { DecisionRecordView } from "@/components/decisions/decision-record";
import { RecordChanges } from "@/components/decisions/record-changes";
import { ReviewBadge } from "@/components/decisions/review-badge";
import { ChangeSummary } from "@/components/proposals/change-summary";
import { PageMain } from "@/components/ui/page-main";
import { textLink } from "@/components/ui/styles";
import { decisionForPage, isDue } from "@/lib/decisions/data";
import { requireMember } from "@/lib/organizations/context";
import { recordLabels } from "@/lib/proposals/labels";
import { loadRecordSnapshot } from "@/lib/proposals/preview-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("decisions.page"))("metaTitle") };
}

export default async function DecisionPage({ params }: PageProps<"/o/[slug]/decisions/[decisionId]">) {
  const { slug, decisionId } = await params;
  const context = await requireMember(slug);
  const decision = await decisionForPage(context.organization.id, decisionId);
  if (!decision) notFound();
  const [t, format] = await Promise.all([getTranslations("decisions.page"), getFormatter()]);
  const labels = recordLabels(await loadRecordSnapshot(context.organization.id, [decision.circle.id], decision.changes), decision.changes);
  const base = `/o/${encodeURIComponent(slug)}`;
  const { version } = decision;
  return (
    <PageMain className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <p className="text-sm"><Link href={`${base}/decisions`} className={textLink}>{t("back")}</Link></p>
        <h1 className="text-2xl font-bold">{t("title", { title: version.title })}</h1>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">{t("adoptedOn")}</dt><dd>{format.dateTime(decision.adoptedAt, { dateStyle: "long", timeStyle: "short" })}</dd>
          <dt className="font-medium">{t("circle")}</dt><dd><Link href={`${base}/circles/${decision.circle.id}`} className={textLink}>{decision.circle.name}</Link></dd>
          <dt className="font-medium">{t("facilitator")}</dt><dd>{decision.facilitatorName ?? t("noFacilitator")}</dd>
          <dt className="font-medium">{t("reviewOn")}</dt>
          <dd className="flex items-center gap-2">{decision.reviewOn ? format.dateTime(decision.reviewOn, { dateStyle: "long", timeZone: "UTC" }) : t("noReview")}{isDue(decision.reviewOn) && <ReviewBadge />}</dd>
          <dt className="font-medium">{t("proposal")}</dt><dd><Link href={`${base}/proposals/${decision.proposalId}`} className={textLink}>{t("proposalLink", { version: version.number })}</Link></dd>
        </dl>
      </header>
      <section aria-labelledby="version-title" className="flex flex-col gap-2">
        <h2 id="version-title" className="text-xl font-semibold">{t("version", { number: version.number })}</h2>
        <p className="whitespace-pre-wrap">{version.reasons}</p>
        {version.body && <p className="whitespace-pre-wrap">{version.body}</p>}
        {decision.changes.length === 0 ? <p className="text-sm text-slate-700">{t("noChanges")}</p> : (
          <ol className="flex list-decimal flex-col gap-2 pl-6">{decision.changes.map((change, i) => <li key={i}><ChangeSummary change={change} labels={labels} /></li>)}</ol>
        )}
      </section>
      <section aria-labelledby="record-title" className="flex flex-col gap-2">
        <h2 id="record-title" className="text-xl font-semibold">{t("recordChanges")}</h2>
        <RecordChanges slug={slug} changes={decision.recordChanges} />
      </section>
      <DecisionRecordView record={decision.record} />
    </PageMain>
  );
}
