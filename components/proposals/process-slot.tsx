// The consent process of a proposal (steps, current round, answers, objections, outcome), rendered
// by the proposal page below the proposal itself. Its content lives in components/rounds.
import { NextIntlClientProvider } from "next-intl";
import { ProcessSection } from "@/components/rounds/process-section";
import { clientMessages } from "@/lib/i18n/client-messages";
import { requireMember } from "@/lib/organizations/context";

export async function ProposalProcess({ slug, proposalId }: { slug: string; proposalId: string }) {
  const context = await requireMember(slug);
  return (
    <NextIntlClientProvider messages={await clientMessages(["rounds"])}>
      <ProcessSection context={context} slug={slug} proposalId={proposalId} />
    </NextIntlClientProvider>
  );
}
