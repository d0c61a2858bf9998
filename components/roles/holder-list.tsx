// Who fills a role: each holder links to their page, with their focus and term end; a term that
// ends within 30 days is flagged so the circle can plan an election.
import Link from "@/components/ui/link";
import { getNow } from "next-intl/server";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";
import type { Holder } from "@/lib/circles/content";
import { termEndsSoon } from "@/lib/roles/term";

export async function HolderList({ slug, holders }: { slug: string; holders: Holder[] }) {
  const [t, format, now] = await Promise.all([getTranslations("circles.holders"), getFormatter(), getNow()]);
  if (holders.length === 0) return <p className="text-slate-700">{t("none")}</p>;
  const base = `/o/${encodeURIComponent(slug)}/members`;
  return (
    <ul className="flex flex-col gap-1">
      {holders.map((holder) => (
        <li key={holder.assignmentId} className="flex flex-wrap items-baseline gap-x-2">
          <Link href={`${base}/${holder.membershipId}`} className={textLink}>
            {holder.name}
          </Link>
          {holder.focus && <span className="text-sm text-slate-700">{t("focus", { focus: holder.focus })}</span>}
          {holder.termEndsOn && (
            <span className="text-sm text-slate-700">
              {t("termEnds", { date: format.dateTime(holder.termEndsOn, { dateStyle: "medium", timeZone: "UTC" }) })}
            </span>
          )}
          {termEndsSoon(holder.termEndsOn, now) && (
            <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">{t("termSoon")}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
