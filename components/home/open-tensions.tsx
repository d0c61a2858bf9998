import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";
import type { Bounded, OpenTension } from "@/lib/home/data";
import { HomeSection } from "./home-section";

export async function OpenTensions({ base, tensions }: { base: string; tensions: Bounded<OpenTension> }) {
  const [t, format] = await Promise.all([getTranslations("home.tensions"), getFormatter()]);
  return (
    <HomeSection
      id="home-tensions"
      title={t("title")}
      countSentence={t("count", { count: tensions.total })}
      emptyHint={t("empty")}
      shown={tensions.items.length}
      total={tensions.total}
      seeAllHref={`${base}/tensions`}
    >
      {tensions.items.map((tension) => (
        <li key={tension.id} className="py-3">
          <Link href={`${base}/tensions/${tension.id}`} className={`${textLink} font-medium`}>
            {tension.title}
          </Link>
          <p className="text-sm text-slate-700">
            <span className="font-medium text-slate-900">{t(`status.${tension.status}`)}</span>
            {" · "}
            {t("circle", { circle: tension.circleName })}
            {" · "}
            {t("raisedOn", { date: format.dateTime(tension.createdAt, { dateStyle: "medium" }) })}
          </p>
        </li>
      ))}
    </HomeSection>
  );
}
