// One block of the organisation home: a heading, a sentence with the count (ICU plural, which
// doubles as the empty state), a hint when empty, the bounded list, and "see all" when the list
// does not show everything.
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { textLink } from "@/components/ui/styles";

type Props = {
  id: string;
  title: string;
  countSentence: string;
  emptyHint: React.ReactNode;
  shown: number;
  total: number;
  seeAllHref: string;
  children: React.ReactNode;
};

export async function HomeSection({ id, title, countSentence, emptyHint, shown, total, seeAllHref, children }: Props) {
  const t = await getTranslations("home");
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 p-5">
      <h2 id={id} className="text-xl font-semibold text-slate-900">
        {title}
      </h2>
      <p className="mt-1 text-slate-700">{countSentence}</p>
      {total === 0 ? (
        <p className="mt-3 text-slate-700">{emptyHint}</p>
      ) : (
        <ul className="mt-4 divide-y divide-slate-200">{children}</ul>
      )}
      {total > shown ? (
        <p className="mt-4">
          <Link href={seeAllHref} className={textLink}>
            {t("seeAll", { count: total })}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
