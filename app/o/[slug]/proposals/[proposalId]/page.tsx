// /o/[slug]/proposals/[proposalId]: the proposal (current version, change set, preview of the record
// after adoption, versions) and, below, its consent process (<ProposalProcess />, another module).
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { ChangeSummary } from "@/components/proposals/change-summary";
import { PreviewSection } from "@/components/proposals/preview-section";
import { ProposalProcess } from "@/components/proposals/process-slot";
import { StatusBadge } from "@/components/proposals/status-badge";
import { VersionList } from "@/components/proposals/version-list";
import { WithdrawForm } from "@/components/proposals/withdraw-form";
import { PageMain } from "@/components/ui/page-main";
import { primaryButton, textLink } from "@/components/ui/styles";
import { clientMessages } from "@/lib/i18n/client-messages";
import { requireMember } from "@/lib/organizations/context";
import { withdrawAction } from "@/lib/proposals/actions";
import { proposalForPage } from "@/lib/proposals/data";
import { versionWithPreview } from "@/lib/proposals/page-data";
import { canWithdraw, editMode, editRefusal } from "@/lib/proposals/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proposals.page"))("metaTitle") };
}

export default async function ProposalPage({ params, searchParams }: PageProps<"/o/[slug]/proposals/[proposalId]">) {
  const { slug, proposalId } = await params;
  const { notice } = await searchParams;
  const context = await requireMember(slug);
  const proposal = await proposalForPage(context.organization.id, context.user.id, proposalId);
  if (!proposal) notFound();
  const data = await versionWithPreview(context.organization, proposal, proposal.currentVersion, context.user.id, true, "named");
  if (!data) notFound();
  const [t, format, messages] = await Promise.all([getTranslations("proposals"), getFormatter(), clientMessages(["proposals.withdraw"])]);
  const base = `/o/${encodeURIComponent(slug)}/proposals/${proposal.id}`;
  const mode = editMode(proposal, context.user.id);
  const { version } = data;
  return (
    <PageMain className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <p className="text-sm"><Link href={`/o/${encodeURIComponent(slug)}/proposals`} className={textLink}>{t("page.back")}</Link></p>
        <h1 className="text-2xl font-bold">{version.title}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <StatusBadge status={proposal.status} />
          <span>{t("page.meta", { author: proposal.authorName, version: proposal.currentVersion })}</span>
          <span>· {t("page.circles", { circles: proposal.circles.map((circle) => circle.name).join(", ") })}</span>
          {proposal.isInterpoles && <span>· {t("interpoles")}</span>}
        </p>
        {proposal.tension && <p className="text-sm">{t("page.tension")} <Link href={`/o/${encodeURIComponent(slug)}/tensions/${proposal.tension.id}`} className={textLink}>{proposal.tension.title}</Link></p>}
        {notice === "withdrawn" && <p role="status" className="font-medium text-green-800">{t("withdraw.done")}</p>}
        {mode && (
          <p><Link href={`${base}/edit`} className={primaryButton}>{t(mode === "amendment" ? "page.amend" : "page.edit")}</Link></p>
        )}
        {editRefusal(proposal, context.user.id) === "round_open" && <p className="text-sm text-slate-700" data-testid="amend-waits">{t("errors.round_open")}</p>}
      </header>

      <section aria-labelledby="version-title" className="flex flex-col gap-3">
        <h2 id="version-title" className="text-xl font-semibold">{t("page.currentVersion", { number: version.number, date: format.dateTime(version.createdAt, { dateStyle: "medium" }) })}</h2>
        <h3 className="font-semibold">{t("fields.reasons")}</h3>
        <p className="whitespace-pre-wrap">{version.reasons || t("page.noText")}</p>
        {version.body && <><h3 className="font-semibold">{t("fields.body")}</h3><p className="whitespace-pre-wrap">{version.body}</p></>}
        <h3 className="font-semibold">{t("page.changes", { count: version.changes.length })}</h3>
        {version.changes.length === 0 ? (
          <p className="text-sm text-slate-700">{t("page.noChanges")}</p>
        ) : (
          <ol className="flex list-decimal flex-col gap-2 pl-6">
            {version.changes.map((change, index) => <li key={index}><ChangeSummary change={change} labels={data.labels} /></li>)}
          </ol>
        )}
      </section>

      <PreviewSection differences={data.preview.differences} issues={data.preview.issues} verdict={data.verdict} />
      <VersionList base={base} versions={proposal.versions} current={proposal.currentVersion} />
      <ProposalProcess slug={slug} proposalId={proposal.id} />

      {canWithdraw(proposal, context.user.id) && (
        <section aria-labelledby="withdraw-title" className="flex flex-col gap-2">
          <h2 id="withdraw-title" className="text-xl font-semibold">{t("withdraw.title")}</h2>
          <p className="text-sm text-slate-700">{t("withdraw.explain")}</p>
          <NextIntlClientProvider messages={messages}>
            <WithdrawForm action={withdrawAction.bind(null, slug, proposal.id)} />
          </NextIntlClientProvider>
        </section>
      )}
    </PageMain>
  );
}
