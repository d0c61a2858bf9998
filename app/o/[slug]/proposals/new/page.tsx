// /o/[slug]/proposals/new?tension=<id>: drafting a proposal that answers a governance tension.
// Only the tension's author, while the tension is open or processing; otherwise the page says why.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/lib/i18n/server";
import { DraftForm } from "@/components/proposals/draft-form";
import { PageMain } from "@/components/ui/page-main";
import { clientMessages } from "@/lib/i18n/client-messages";
import { requireMember } from "@/lib/organizations/context";
import { draftProposalAction } from "@/lib/proposals/actions";
import { activeCircles, tensionForDraft } from "@/lib/proposals/data";
import { draftRefusal } from "@/lib/proposals/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proposals.draft"))("title") };
}

export default async function NewProposalPage({ params, searchParams }: PageProps<"/o/[slug]/proposals/new">) {
  const { slug } = await params;
  const { tension: tensionId } = await searchParams;
  const context = await requireMember(slug);
  const tension = await tensionForDraft(context.organization.id, tensionId);
  // Someone else's draft tension is private: as if it did not exist.
  if (!tension || (tension.status === "draft" && tension.authorId !== context.user.id)) notFound();
  const [t, messages] = await Promise.all([getTranslations("proposals"), clientMessages(["proposals"])]);
  const refusal = draftRefusal(tension, context.user.id);
  const circles = tension.isInterpoles ? (await activeCircles(context.organization.id)).filter((circle) => circle.id !== tension.circle.id) : null;
  return (
    <PageMain className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("draft.title")}</h1>
      <section aria-labelledby="tension-title" className="flex flex-col gap-1 rounded border border-slate-300 p-3">
        <h2 id="tension-title" className="font-semibold">{t("draft.tension", { title: tension.title })}</h2>
        <p className="text-sm text-slate-700">{t("draft.circle", { circle: tension.circle.name })}</p>
        {tension.whatIs && <p className="whitespace-pre-wrap text-sm">{tension.whatIs}</p>}
      </section>
      {refusal ? (
        <p role="alert" className="font-medium text-red-800">{t(`errors.${refusal}`)}</p>
      ) : (
        <NextIntlClientProvider messages={messages}>
          <DraftForm action={draftProposalAction.bind(null, slug)} tensionId={tension.id} defaultTitle={tension.title} otherCircles={circles} />
        </NextIntlClientProvider>
      )}
    </PageMain>
  );
}
