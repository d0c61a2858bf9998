// « À revoir »: the decision's review date has come (consent.md §5); concerns are read again then.
import { getTranslations } from "@/lib/i18n/server";

export async function ReviewBadge() {
  const t = await getTranslations("decisions");
  return <span className="rounded-full border border-amber-800 bg-amber-50 px-2 py-0.5 text-sm font-semibold text-amber-900">{t("toReview")}</span>;
}
