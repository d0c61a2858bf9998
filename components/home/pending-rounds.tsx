import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";
import type { Bounded, PendingRound } from "@/lib/home/data";
import { HomeSection } from "./home-section";

export async function PendingRounds({ base, rounds }: { base: string; rounds: Bounded<PendingRound> }) {
  const [t, format] = await Promise.all([getTranslations("home.rounds"), getFormatter()]);
  return (
    <HomeSection
      id="home-rounds"
      title={t("title")}
      countSentence={t("count", { count: rounds.total })}
      emptyHint={t("empty")}
      shown={rounds.items.length}
      total={rounds.total}
      seeAllHref={`${base}/proposals`}
    >
      {rounds.items.map((round) => (
        <li key={round.roundId} className="py-3">
          <Link href={`${base}/proposals/${round.proposalId}`} className={`${textLink} font-medium`}>
            {round.title}
          </Link>
          <p className="text-sm text-slate-700">
            {round.deadlineAt
              ? t("deadline", { deadline: format.dateTime(round.deadlineAt, { dateStyle: "long", timeStyle: "short" }) })
              : t("noDeadline")}
          </p>
        </li>
      ))}
    </HomeSection>
  );
}
