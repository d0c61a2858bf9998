// A tension's status and kind as small labels. Text, not colour alone, carries the meaning; the
// colours only help the eye (all pass 4.5:1 on their background).
import { getTranslations } from "@/lib/i18n/server";
import type { TensionKind, TensionStatus } from "@/lib/generated/prisma/enums";

const statusLook: Record<TensionStatus, string> = {
  draft: "bg-slate-100 text-slate-800",
  open: "bg-amber-100 text-amber-900",
  processing: "bg-sky-100 text-sky-900",
  resolved: "bg-green-100 text-green-900",
  dropped: "bg-slate-100 text-slate-700",
};

const badge = "inline-block rounded px-2 py-0.5 text-xs font-semibold";

export async function TensionBadges({ status, kind, isInterpoles }: { status: TensionStatus; kind: TensionKind; isInterpoles: boolean }) {
  const t = await getTranslations("tensions");
  return (
    <span className="flex flex-wrap gap-1">
      <span className={`${badge} ${statusLook[status]}`}>{t(`status.${status}`)}</span>
      <span className={`${badge} border border-slate-300 text-slate-800`}>{t(`kind.${kind}`)}</span>
      {isInterpoles && <span className={`${badge} border border-brand-700 text-brand-800`}>{t("list.interpoles")}</span>}
    </span>
  );
}
