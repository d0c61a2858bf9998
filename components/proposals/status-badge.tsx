// A proposal's status, as text (never colour alone).
import { getTranslations } from "@/lib/i18n/server";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";

export async function StatusBadge({ status }: { status: ProposalStatus }) {
  const t = await getTranslations("proposals.statuses");
  return <span className="rounded border border-slate-600 px-2 py-0.5 text-sm font-medium text-slate-800">{t(status)}</span>;
}
