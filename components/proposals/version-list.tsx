// The versions of a proposal (number, date, author), newest first, with links to compare them.
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";

type Version = { number: number; createdAt: Date; authorName: string };

export async function VersionList({ base, versions, current }: { base: string; versions: Version[]; current: number }) {
  const [t, format] = await Promise.all([getTranslations("proposals.versions"), getFormatter()]);
  return (
    <section aria-labelledby="versions-title" className="flex flex-col gap-2">
      <h2 id="versions-title" className="text-xl font-semibold">{t("title")}</h2>
      <ul className="flex flex-col gap-1">
        {versions.map((version) => (
          <li key={version.number} className="text-sm">
            {t("item", { number: version.number, date: format.dateTime(version.createdAt, { dateStyle: "medium", timeStyle: "short" }), author: version.authorName })}
            {version.number === current && <span className="font-semibold"> · {t("current")}</span>}
            {version.number > 1 && (
              <> · <Link href={`${base}/versions?a=${version.number - 1}&b=${version.number}`} className={textLink}>{t("compareWithPrevious", { number: version.number })}</Link></>
            )}
          </li>
        ))}
      </ul>
      {versions.length > 1 && <p className="text-sm"><Link href={`${base}/versions?a=1&b=${current}`} className={textLink}>{t("compare")}</Link></p>}
    </section>
  );
}
