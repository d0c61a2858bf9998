// The nominations of an election as one reader may see them (lib/elections/details.ts): before the
// reveal, their own and how many there are; after it, everyone's with their reasons, and the tally.
import { getTranslations } from "@/lib/i18n/server";
import { tally, visibleNominations, type ElectionDetails } from "@/lib/elections/details";

type Props = { details: ElectionDetails; readerUserId: string; names: Map<string, string>; idPrefix: string };

export async function Nominations({ details, readerUserId, names, idPrefix }: Props) {
  const t = await getTranslations("elections.nominations");
  const name = (userId: string) => names.get(userId) ?? "—";
  const { mine, shown, count } = visibleNominations(details, readerUserId);
  const revealed = details.phase === "changing" || details.phase === "proposed";
  return (
    <section aria-labelledby={`${idPrefix}-nominations`} className="flex flex-col gap-2">
      <h4 id={`${idPrefix}-nominations`} className="font-semibold">{t("title")}</h4>
      <p className="text-sm">{t("count", { count })}</p>
      {!revealed && (
        <>
          {mine && <p className="text-sm">{t("mine", { nominee: name(mine.nomineeUserId), reason: mine.reason })}</p>}
          <p className="text-sm text-slate-700">{t("hidden")}</p>
        </>
      )}
      {revealed && (
        <>
          <ul className="flex list-disc flex-col gap-1 pl-5 text-sm">
            {shown.map((n) => <li key={n.byUserId}>{t("line", { by: name(n.byUserId), nominee: name(n.nomineeUserId), reason: n.reason })}</li>)}
          </ul>
          <h5 className="text-sm font-semibold">{t("tally")}</h5>
          <ol className="flex list-decimal flex-col gap-1 pl-5 text-sm">
            {tally(details.nominations).map((row) => <li key={row.nomineeUserId}>{t("tallyLine", { nominee: name(row.nomineeUserId), count: row.count })}</li>)}
          </ol>
        </>
      )}
    </section>
  );
}
