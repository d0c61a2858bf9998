// The tensions of a page of the list: title (a link), status and kind, where it was raised, who
// raised it and when, and how many comments it has.
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";
import type { TensionRow } from "@/lib/tensions/data";
import { TensionBadges } from "./status-badge";

export async function TensionList({ base, tensions }: { base: string; tensions: TensionRow[] }) {
  const [t, format] = await Promise.all([getTranslations("tensions"), getFormatter()]);
  if (tensions.length === 0) return <p className="text-slate-700">{t("empty")}</p>;
  return (
    <ul aria-label={t("list.label")} className="flex flex-col divide-y divide-slate-200 border-y border-slate-200">
      {tensions.map((tension) => (
        <li key={tension.id} className="flex flex-col gap-1 py-3">
          <div className="flex flex-wrap items-center gap-2">
            <Link href={`${base}/${tension.id}`} className={`${textLink} font-semibold`}>
              {tension.title}
            </Link>
            <TensionBadges status={tension.status} kind={tension.kind} isInterpoles={tension.isInterpoles} />
          </div>
          <p className="text-sm text-slate-700">
            {t("list.in", { circle: tension.circle.name })}
            {tension.role && <> · {t("list.about", { role: tension.role.name })}</>}
          </p>
          <p className="text-sm text-slate-700">
            {t("list.by", { author: tension.authorName, date: format.dateTime(tension.createdAt, { dateStyle: "medium" }) })} ·{" "}
            {t("list.comments", { count: tension.commentCount })}
          </p>
        </li>
      ))}
    </ul>
  );
}
