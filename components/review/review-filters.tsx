// The review's filter form: a plain GET form, so it works before (and without) JavaScript and
// every filtered view has its own URL to share before a meeting. The member filter is a "only my
// roles" box; another member's filter arrives by link (from their page) and stays until removed.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { CircleFilterSelect } from "@/components/circles/circle-filter-select";
import { primaryButton, textLink } from "@/components/ui/styles";
import type { ReviewFilters } from "@/lib/review/filters";
import { reviewQuery, REVIEW_QUERY_MAX } from "@/lib/review/filters";
import type { OrderedCircle } from "@/lib/review/tree";

type Props = {
  basePath: string;
  filters: ReviewFilters;
  circles: OrderedCircle[];
  myMembershipId: string;
  member: { membershipId: string; name: string } | null;
};

const field = "rounded-md border border-slate-500 bg-white px-3 py-2";

export async function ReviewFiltersForm({ basePath, filters, circles, myMembershipId, member }: Props) {
  const t = await getTranslations("review.filters");
  const otherMember = member && member.membershipId !== myMembershipId ? member : null;
  return (
    <form method="get" action={basePath} role="search" aria-label={t("label")} className="flex flex-wrap items-end gap-4 print:hidden">
      <div className="flex flex-col gap-1">
        <label htmlFor="review-q" className="font-medium">{t("q")}</label>
        <input id="review-q" type="search" name="q" defaultValue={filters.q ?? ""} maxLength={REVIEW_QUERY_MAX} className={field} />
      </div>
      <CircleFilterSelect id="review-circle" label={t("circle")} allLabel={t("allCircles")} circles={circles} selectedId={filters.circleId}
        labelClassName="font-medium" selectClassName={`${field} max-w-xs`} />
      {otherMember ? (
        <p className="flex flex-col gap-1">
          <input type="hidden" name="member" value={otherMember.membershipId} />
          <span className="font-medium">{t("member", { name: otherMember.name })}</span>
          <Link href={`${basePath}${reviewQuery({ ...filters, memberId: null })}`} className={textLink}>
            {t("removeMember", { name: otherMember.name })}
          </Link>
        </p>
      ) : (
        <p className="flex items-center gap-2 py-2">
          <input id="review-mine" type="checkbox" name="member" value={myMembershipId} defaultChecked={member !== null} className="size-4" />
          <label htmlFor="review-mine">{t("mine")}</label>
        </p>
      )}
      <p className="flex items-center gap-4">
        <button type="submit" className={primaryButton}>{t("submit")}</button>
        <Link href={basePath} className={textLink}>{t("reset")}</Link>
      </p>
    </form>
  );
}
